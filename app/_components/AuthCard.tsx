import Link from 'next/link';
import type { ReactNode } from 'react';

/** The centred frame of the sign-in, sign-up and invitation pages. */
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6">
        <Link href="/" className="block text-center text-2xl font-bold tracking-tight text-brand-700">
          Phaselab
        </Link>
        <div className="space-y-4 rounded-lg border border-slate-200 bg-surface p-6 shadow-sm">
          <h1 className="text-lg font-semibold">{title}</h1>
          {children}
        </div>
        {footer && <p className="text-center text-sm text-slate-600">{footer}</p>}
      </div>
    </main>
  );
}
