import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('a token created in the UI works for GraphQL until it is revoked', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'API tokens', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await page.getByLabel('Name').fill('e2e script');
  await page.getByLabel('Role').selectOption('VIEWER');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('token-secret').textContent())!.trim();
  expect(secret).toMatch(/^phl_/);
  // Shown once, so it copies in one click.
  await page.getByRole('button', { name: 'Copy token' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const query = { query: '{ team { name viewerRole } }' };
  const ok = await request.post('/api/graphql', { headers: { authorization: `Bearer ${secret}` }, data: query });
  expect(await ok.json()).toEqual({ data: { team: { name: 'Demo', viewerRole: 'VIEWER' } } });

  await page.getByTestId('token-row').filter({ hasText: 'e2e script' }).getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByTestId('token-row').filter({ hasText: 'e2e script' }).getByText('revoked')).toBeVisible();

  const refused = await (await request.post('/api/graphql', { headers: { authorization: `Bearer ${secret}` }, data: query })).json();
  expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});
