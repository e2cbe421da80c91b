import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Phaselab',
  description: 'Study how models memorize and generalize, on your own data.',
};

/** Rendered per request: the page's scripts carry the nonce of its Content-Security-Policy (proxy.ts). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
