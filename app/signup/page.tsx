'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/app/gql';
import { signUpInput } from '@/lib/inputs';
import { AuthCard } from '../_components/AuthCard';
import { Button, Field, FormError, Input } from '../_components/ui';
import { gqlFetch } from '../_lib/graphql';
import { showServerError } from '../_lib/forms';
import { safeCallbackUrl } from '@/lib/callbackUrl';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!, $next: String) {
    signUp(input: $input, next: $next) {
      email
    }
  }
`);

export default function SignUpPage() {
  return (
    <Suspense>
      <SignUp />
    </Suspense>
  );
}

function SignUp() {
  const params = useSearchParams();
  const callbackUrl = safeCallbackUrl(params.get('callbackUrl'), '/teams/new');
  const [sentTo, setSentTo] = useState<string | null>(null);
  // An invitation's link brings the invited address along.
  const form = useForm<z.input<typeof signUpInput>, unknown, z.output<typeof signUpInput>>({
    resolver: zodResolver(signUpInput),
    defaultValues: { email: params.get('email') ?? '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const { signUp } = await gqlFetch(SignUpMutation, { input, next: callbackUrl === '/' ? '/teams/new' : callbackUrl }, null);
      setSentTo(signUp.email);
    } catch (error) {
      return showServerError(error, form.setError, ['email', 'password', 'name']);
    }
  });

  if (sentTo) {
    return (
      <AuthCard title="Check your inbox">
        <p className="text-sm text-slate-600" data-testid="verify-sent">
          We sent a link to <strong>{sentTo}</strong>. Open it to verify your address and sign in; it works for 48 hours.
        </p>
        <p className="text-xs text-slate-500">
          Running Phaselab yourself without a mail server? The message is printed in the log of <code>npm start</code> and kept in the{' '}
          <code>outbox</code> folder of its data directory.
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Have an account?{' '}
          <Link className="font-medium text-brand-700" href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Sign in
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Name" htmlFor="name" error={errors.name?.message}>
          <Input id="name" autoComplete="name" invalid={!!errors.name} {...form.register('name')} />
        </Field>
        <Field label="Email" htmlFor="email" error={errors.email?.message}>
          <Input id="email" type="email" autoComplete="email" invalid={!!errors.email} {...form.register('email')} />
        </Field>
        <Field label="Password" htmlFor="password" error={errors.password?.message} hint="At least 10 characters.">
          <Input id="password" type="password" autoComplete="new-password" invalid={!!errors.password} {...form.register('password')} />
        </Field>
        <FormError message={errors.root?.message} />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create account'}
        </Button>
      </form>
    </AuthCard>
  );
}
