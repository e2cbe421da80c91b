'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, Field, FormError, Input, Notice, Select, Table, formatDate } from '../../../../_components/ui';
import { CopyButton } from '../../../../_components/CopyButton';
import { grantableRoles, roleLabel } from '../../../../_components/settings/roles';
import { useGqlMutation, useGqlQuery } from '../../../../_lib/graphql';
import { showServerError } from '../../../../_lib/forms';
import { useActiveTeam } from '../../../../_lib/permissions';

const TokensQuery = graphql(`
  query ApiTokens {
    apiTokens(first: 100) {
      nodes {
        id
        name
        role
        prefix
        createdAt
        lastUsedAt
        revokedAt
        createdBy {
          email
        }
      }
    }
  }
`);

const CreateToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
        name
      }
    }
  }
`);

const RevokeToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

const schema = z.object({
  name: z.string().trim().min(1, 'name the token after what uses it').max(80, 'use at most 80 characters'),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER']),
});

export default function ApiTokensPage() {
  const { team } = useActiveTeam();
  const tokens = useGqlQuery(TokensQuery, {});
  const create = useGqlMutation(CreateToken);
  const revoke = useGqlMutation(RevokeToken);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', role: 'VIEWER' },
  });
  const { errors, isSubmitting } = form.formState;
  if (!team) return null;

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const { createApiToken } = await create.mutateAsync({ input });
      setSecret(createApiToken.secret);
      form.reset({ name: '', role: input.role });
    } catch (error) {
      showServerError(error, form.setError, ['name', 'role']);
    }
  });

  return (
    <Card
      title="API tokens"
      description={
        <>
          Scripts send a token as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/graphql</code>. A token acts in this team
          only, with a role no higher than yours.
        </>
      }
    >
      <form onSubmit={onSubmit} className="flex items-start gap-3" noValidate>
        <div className="flex-1">
          <Field label="Name" htmlFor="token-name" error={errors.name?.message}>
            <Input id="token-name" placeholder="e.g. nightly sweep" invalid={!!errors.name} {...form.register('name')} />
          </Field>
        </div>
        <Field label="Role" htmlFor="token-role">
          <Select id="token-role" {...form.register('role')}>
            {grantableRoles(team.viewerRole).map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" className="mt-6" disabled={isSubmitting}>
          Create token
        </Button>
      </form>
      <FormError message={errors.root?.message ?? revoke.error?.message} />
      {secret && (
        <div className="mt-4">
          <Notice>
            Copy this token now; it will not be shown again: <CopyButton text={secret} label="Copy token" />
            <code data-testid="token-secret" className="mt-1 block break-all font-mono text-xs">
              {secret}
            </code>
          </Notice>
        </div>
      )}
      <div className="mt-4">
        <Table head={['Name', 'Token', 'Role', 'Created by', 'Last used', '']}>
          {tokens.data?.apiTokens.nodes.map((t) => (
            <tr key={t.id} data-testid="token-row">
              <td className="py-2 pr-4 font-medium">{t.name}</td>
              <td className="py-2 pr-4 font-mono text-xs">{t.prefix}…</td>
              <td className="py-2 pr-4">{roleLabel(t.role)}</td>
              <td className="py-2 pr-4 text-slate-500">
                {t.createdBy.email}
                <br />
                {formatDate(t.createdAt)}
              </td>
              <td className="py-2 pr-4 text-slate-500">{formatDate(t.lastUsedAt)}</td>
              <td className="py-2 text-right">
                {t.revokedAt ? (
                  <Badge>revoked</Badge>
                ) : (
                  <Button variant="danger" onClick={() => revoke.mutate({ id: t.id })}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </Table>
      </div>
    </Card>
  );
}
