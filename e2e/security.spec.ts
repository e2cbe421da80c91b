import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** Console errors a page logs, Content-Security-Policy violations included. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('pages carry a strict CSP and the security headers, and run under it without a violation', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const signin = await page.goto('/signin');
  const headers = signin!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  });
  await signIn(page, DEMO.email, DEMO.password);
  for (const path of ['/t/demo/runs', '/t/demo/datasets', '/t/demo/graphiql', '/t/demo/settings']) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.waitForLoadState('networkidle');
    // The API explorer renders in the browser only: it must get there under the policy.
    if (path.endsWith('graphiql')) await expect(page.locator('.graphiql-container')).toBeVisible();
  }
  expect(errors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
  // The site's icon is there, so no page logs a 404 for it.
  expect((await page.request.get('/icon.svg')).status()).toBe(200);
});

test('the redirect after sign-in stays on the site, however the target is disguised', async ({ page }) => {
  for (const target of ['/%5Cevil.example/', '/%09/evil.example', '//evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${target}`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/signin');
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  }
});

test('signing out ends the session: a copied cookie is refused afterwards', async ({ page, request }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;
  const asCookie = () =>
    request
      .post('/api/graphql', { headers: { cookie: `${cookie.name}=${cookie.value}` }, data: { query: '{ viewer { user { email } } }' } })
      .then((r) => r.json());
  expect((await asCookie()).data.viewer.user.email).toBe(DEMO.email);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await asCookie()).data.viewer).toBeNull();
});
