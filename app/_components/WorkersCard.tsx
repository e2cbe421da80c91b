'use client';

import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card } from './ui';
import { useGqlMutation, useGqlQuery } from '../_lib/graphql';

const WorkerStatusQuery = graphql(`
  query WorkerStatus {
    workerStatus {
      online
      workers {
        id
        name
        concurrency
        online
        lastSeenAt
      }
    }
  }
`);

const RequestHealthCheck = graphql(`
  mutation RequestHealthCheck {
    requestHealthCheck {
      healthCheck {
        id
      }
    }
  }
`);

const HealthCheckQuery = graphql(`
  query HealthCheck($id: ID!) {
    healthCheck(id: $id) {
      id
      answeredAt
      roundTripMs
      worker {
        name
        host
        pid
      }
    }
  }
`);

/** Workers online, and a round trip through the job queue on demand. */
export function WorkersCard({ canCheck }: { canCheck: boolean }) {
  const status = useGqlQuery(WorkerStatusQuery, {}, { refetchInterval: 5000 });
  const request = useGqlMutation(RequestHealthCheck);
  const [checkId, setCheckId] = useState<string | null>(null);
  const check = useGqlQuery(
    HealthCheckQuery,
    { id: checkId ?? '' },
    {
      enabled: Boolean(checkId),
      refetchInterval: (q) => (q.state.data?.healthCheck.answeredAt ? false : 500),
    },
  );
  const online = status.data?.workerStatus.online ?? 0;
  const answered = check.data?.healthCheck;

  return (
    <Card
      title="Workers"
      description={
        <>
          Worker processes take jobs from the queue. Run more with <code>npm run worker</code> on any host that reaches the database.
        </>
      }
      actions={
        canCheck && (
          <Button
            variant="secondary"
            disabled={request.isPending}
            onClick={() => request.mutate({}, { onSuccess: (d) => setCheckId(d.requestHealthCheck.healthCheck.id) })}
          >
            Check workers
          </Button>
        )
      }
    >
      <p className="text-sm" data-testid="workers-online">
        <Badge tone={online > 0 ? 'green' : 'red'}>{online === 1 ? '1 worker online' : `${online} workers online`}</Badge>
      </p>
      {checkId && (
        <p className="mt-3 text-sm text-slate-600" data-testid="health-check">
          {answered?.answeredAt
            ? `Answered through the queue by ${answered.worker?.name}${answered.worker?.host ? ` (${answered.worker.host}, pid ${answered.worker.pid})` : ''} in ${answered.roundTripMs} ms.`
            : 'Waiting for a worker to answer…'}
        </p>
      )}
    </Card>
  );
}
