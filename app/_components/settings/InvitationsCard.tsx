'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/app/gql';
import type { Role } from '@/app/gql/graphql';
import { emailField } from '@/lib/inputs';
import { Badge, Button, Card, Field, FormError, Input, Notice, Select, Table, formatDate } from '../ui';
import { CopyButton } from '../CopyButton';
import { useGqlMutation, useGqlQuery } from '../../_lib/graphql';
import { showServerError } from '../../_lib/forms';
import { grantableRoles, roleLabel } from './roles';

const InvitationsQuery = graphql(`
  query Invitations {
    invitations(first: 50) {
      nodes {
        id
        email
        role
        status
        createdAt
        expiresAt
        invitedBy {
          email
        }
      }
    }
  }
`);

const CreateInvitation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      inviteUrl
      invitation {
        id
        email
      }
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      invitation {
        id
        status
      }
    }
  }
`);

const schema = z.object({ email: emailField, role: z.enum(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER']) });
const statusTone = { PENDING: 'amber', ACCEPTED: 'green', REVOKED: 'slate', EXPIRED: 'slate' } as const;

export function InvitationsCard({ viewerRole }: { viewerRole: Role }) {
  const invitations = useGqlQuery(InvitationsQuery, {});
  const create = useGqlMutation(CreateInvitation);
  const revoke = useGqlMutation(RevokeInvitation);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', role: 'MEMBER' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const { createInvitation } = await create.mutateAsync({ input });
      setLink({ email: createInvitation.invitation.email, url: createInvitation.inviteUrl });
      form.reset({ email: '', role: input.role });
    } catch (error) {
      showServerError(error, form.setError, ['email', 'role']);
    }
  });

  return (
    <Card title="Invitations" description="Send the link to the person you invite; it works once, for their email address, for 7 days.">
      <form onSubmit={onSubmit} className="flex items-start gap-3" noValidate>
        <div className="flex-1">
          <Field label="Email" htmlFor="invite-email" error={errors.email?.message}>
            <Input id="invite-email" type="email" invalid={!!errors.email} {...form.register('email')} />
          </Field>
        </div>
        <Field label="Role" htmlFor="invite-role" error={errors.role?.message}>
          <Select id="invite-role" {...form.register('role')}>
            {grantableRoles(viewerRole).map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" className="mt-6" disabled={isSubmitting}>
          Invite
        </Button>
      </form>
      <FormError message={errors.root?.message ?? revoke.error?.message} />
      {link && (
        <div className="mt-4">
          <Notice>
            Invitation link for {link.email} (shown once; copy it now): <CopyButton text={link.url} label="Copy link" />
            <code data-testid="invite-link" className="mt-1 block break-all font-mono text-xs">
              {link.url}
            </code>
          </Notice>
        </div>
      )}
      <div className="mt-4">
        <Table head={['Email', 'Role', 'Status', 'Invited by', 'Expires', '']}>
          {invitations.data?.invitations.nodes.map((i) => (
            <tr key={i.id}>
              <td className="py-2 pr-4">{i.email}</td>
              <td className="py-2 pr-4">{roleLabel(i.role)}</td>
              <td className="py-2 pr-4">
                <Badge tone={statusTone[i.status]}>{i.status.toLowerCase()}</Badge>
              </td>
              <td className="py-2 pr-4 text-slate-500">{i.invitedBy.email}</td>
              <td className="py-2 pr-4 text-slate-500">{formatDate(i.expiresAt)}</td>
              <td className="py-2 text-right">
                {i.status === 'PENDING' && (
                  <Button variant="danger" onClick={() => revoke.mutate({ id: i.id })}>
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
