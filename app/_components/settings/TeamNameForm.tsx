'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/app/gql';
import { teamNameInput } from '@/lib/inputs';
import { Button, Card, Field, FormError, Input } from '../ui';
import { useGqlMutation } from '../../_lib/graphql';
import { showServerError } from '../../_lib/forms';

const UpdateTeam = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        id
        name
      }
    }
  }
`);

export function TeamNameForm({ name }: { name: string }) {
  const update = useGqlMutation(UpdateTeam);
  const form = useForm<z.input<typeof teamNameInput>, unknown, z.output<typeof teamNameInput>>({
    resolver: zodResolver(teamNameInput),
    values: { name },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    try {
      await update.mutateAsync({ input });
    } catch (error) {
      showServerError(error, form.setError, ['name']);
    }
  });
  return (
    <Card title="Team">
      <form onSubmit={onSubmit} className="flex items-end gap-3" noValidate>
        <div className="flex-1">
          <Field label="Name" htmlFor="team-name" error={errors.name?.message}>
            <Input id="team-name" invalid={!!errors.name} {...form.register('name')} />
          </Field>
        </div>
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          Save
        </Button>
      </form>
      <FormError message={errors.root?.message} />
    </Card>
  );
}
