'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/app/gql';
import { teamNameInput } from '@/lib/inputs';
import { AuthCard } from '../../_components/AuthCard';
import { Button, Field, FormError, Input } from '../../_components/ui';
import { useGqlMutation } from '../../_lib/graphql';
import { showServerError } from '../../_lib/forms';
import { useViewer } from '../../_lib/viewer';

const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        slug
      }
    }
  }
`);

export default function NewTeamPage() {
  const router = useRouter();
  const viewer = useViewer();
  const createTeam = useGqlMutation(CreateTeamMutation);
  const form = useForm<z.input<typeof teamNameInput>, unknown, z.output<typeof teamNameInput>>({ resolver: zodResolver(teamNameInput) });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (viewer.data && !viewer.data.viewer) router.replace('/signin?callbackUrl=/teams/new');
  }, [viewer.data, router]);

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const { createTeam: created } = await createTeam.mutateAsync({ input });
      router.push(`/t/${created.team.slug}`);
    } catch (error) {
      showServerError(error, form.setError, ['name']);
    }
  });

  return (
    <AuthCard title="Create a team" footer="Teams own datasets, runs and comparisons. You can invite people next.">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Team name" htmlFor="name" error={errors.name?.message}>
          <Input id="name" placeholder="e.g. NLP group" invalid={!!errors.name} {...form.register('name')} />
        </Field>
        <FormError message={errors.root?.message} />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          Create team
        </Button>
      </form>
    </AuthCard>
  );
}
