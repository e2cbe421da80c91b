import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { Providers } from './providers';
import { THEME_COOKIE, themeClass } from './_lib/themeChoice';
import './globals.css';

export const metadata: Metadata = {
  title: 'Phaselab',
  description: 'Study how models memorize and generalize, on your own data.',
};

/** Rendered per request: the page's scripts carry the nonce of its Content-Security-Policy (proxy.ts). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  // The person's theme, when they chose one (app/_lib/theme.ts); without it the page follows the system's.
  const theme = themeClass((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={theme}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
