'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { graphql } from '@/app/gql';
import { AuthCard } from '../../_components/AuthCard';
import { Button, FormError, Loading } from '../../_components/ui';
import { useGqlMutation, useGqlQuery } from '../../_lib/graphql';
import { useViewer } from '../../_lib/viewer';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      teamName
      invitedByName
      email
      role
      expiresAt
    }
  }
`);

const AcceptMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      team {
        slug
      }
    }
  }
`);

export default function InvitationPage() {
  const { token } = useParams<{ token: string }>();
  const router = useRouter();
  const invitation = useGqlQuery(InvitationQuery, { token });
  const viewer = useViewer();
  const accept = useGqlMutation(AcceptMutation);
  const here = encodeURIComponent(`/invite/${token}`);

  if (invitation.error) {
    return (
      <AuthCard title="Invitation not found">
        <p className="text-sm text-slate-600">
          This link has expired, was revoked, or was already used. Ask the person who invited you for a new one.
        </p>
      </AuthCard>
    );
  }
  if (!invitation.data || !viewer.data)
    return (
      <AuthCard title="Invitation">
        <Loading />
      </AuthCard>
    );

  const { teamName, invitedByName, email, role } = invitation.data.invitation;
  const user = viewer.data.viewer?.user;
  return (
    <AuthCard title={`Join ${teamName}`}>
      <p className="text-sm text-slate-600">
        {invitedByName} invited <strong>{email}</strong> to join <strong>{teamName}</strong> as {role.toLowerCase()}.
      </p>
      {!user ? (
        <div className="flex gap-2">
          <Link href={`/signup?callbackUrl=${here}&email=${encodeURIComponent(email)}`} className="flex-1">
            <Button className="w-full">Create account</Button>
          </Link>
          <Link href={`/signin?callbackUrl=${here}`} className="flex-1">
            <Button variant="secondary" className="w-full">
              Sign in
            </Button>
          </Link>
        </div>
      ) : (
        <>
          {user.email !== email && <FormError message={`You are signed in as ${user.email}; sign in as ${email} to accept.`} />}
          <FormError message={accept.error?.message} />
          <Button
            className="w-full"
            disabled={accept.isPending || user.email !== email}
            onClick={() =>
              accept.mutate({ token }, { onSuccess: ({ acceptInvitation }) => router.push(`/t/${acceptInvitation.team.slug}`) })
            }
          >
            Accept invitation
          </Button>
        </>
      )}
    </AuthCard>
  );
}
