/** The secret that signs session cookies; `npm start` generates and keeps one when NEXTAUTH_SECRET is unset. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set.');
  return secret;
}

export function githubSignInEnabled(): boolean {
  return Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET);
}
