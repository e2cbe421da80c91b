'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef, useState } from 'react';
import { signIn } from 'next-auth/react';
import { safeCallbackUrl } from '@/lib/callbackUrl';
import { AuthCard } from '../_components/AuthCard';
import { Loading } from '../_components/ui';

export default function VerifyPage() {
  return (
    <Suspense>
      <Verify />
    </Suspense>
  );
}

/** Where the link mailed at sign-up leads: it verifies the address and signs the person in, then goes on. */
function Verify() {
  const params = useSearchParams();
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const next = safeCallbackUrl(params.get('next'), '/teams/new');
    void signIn('email-link', { token: params.get('token') ?? '', redirect: false }).then((result) => {
      if (!result?.ok) return setFailed(true);
      router.replace(next);
      router.refresh();
    });
  }, [params, router]);

  if (failed) {
    return (
      <AuthCard title="This link does not work">
        <p className="text-sm text-slate-600">
          It has expired (links work for 48 hours), or it was cut when copied.{' '}
          <Link className="font-medium text-brand-700" href="/signin">
            Sign in
          </Link>{' '}
          and send yourself a new one, or sign up again.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Verifying your address">
      <Loading />
    </AuthCard>
  );
}
