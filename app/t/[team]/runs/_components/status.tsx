import { Badge } from '../../../../_components/ui';

const tones = { QUEUED: 'slate', WAITING: 'slate', RUNNING: 'amber', SUCCEEDED: 'green', FAILED: 'red', CANCELED: 'slate' } as const;

export function RunStatusBadge({ status }: { status: keyof typeof tones }) {
  return <Badge tone={tones[status]}>{status.toLowerCase()}</Badge>;
}
