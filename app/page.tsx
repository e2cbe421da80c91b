'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Loading } from './_components/ui';
import { useViewer } from './_lib/viewer';

/** Sends people where they belong: sign-in, their first team, or making one. */
export default function Home() {
  const router = useRouter();
  const { data } = useViewer();
  useEffect(() => {
    if (!data) return;
    const first = data.viewer?.memberships[0];
    router.replace(!data.viewer ? '/signin' : first ? `/t/${first.team.slug}` : '/teams/new');
  }, [data, router]);
  return (
    <main className="p-8">
      <Loading />
    </main>
  );
}
