'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState } from 'react';
import { getProviders, signIn } from 'next-auth/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { emailField } from '@/lib/inputs';
import { AuthCard } from '../_components/AuthCard';
import { Button, Field, FormError, Input } from '../_components/ui';
import { safeCallbackUrl } from '@/lib/callbackUrl';

const schema = z.object({ email: emailField, password: z.string().min(1, 'enter your password') });

export default function SignInPage() {
  return (
    <Suspense>
      <SignIn />
    </Suspense>
  );
}

function SignIn() {
  const router = useRouter();
  const callbackUrl = safeCallbackUrl(useSearchParams().get('callbackUrl'));
  const [github, setGithub] = useState(false);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema) });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    getProviders().then((providers) => setGithub(Boolean(providers?.github)));
  }, []);

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.status === 429) return form.setError('root', { message: 'Too many failed sign-ins: wait a few minutes, then try again.' });
    if (!result?.ok) return form.setError('root', { message: 'Email or password is incorrect.' });
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New here?{' '}
          <Link className="font-medium text-brand-700" href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Create an account
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Email" htmlFor="email" error={errors.email?.message}>
          <Input id="email" type="email" autoComplete="email" invalid={!!errors.email} {...form.register('email')} />
        </Field>
        <Field label="Password" htmlFor="password" error={errors.password?.message}>
          <Input id="password" type="password" autoComplete="current-password" invalid={!!errors.password} {...form.register('password')} />
        </Field>
        <FormError message={errors.root?.message} />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {github && (
        <Button variant="secondary" className="w-full" onClick={() => signIn('github', { callbackUrl })}>
          Sign in with GitHub
        </Button>
      )}
    </AuthCard>
  );
}
