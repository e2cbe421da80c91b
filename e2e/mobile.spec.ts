import { expect, test, type Page } from '@playwright/test';
import { DEMO, selectMatching, signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** The page's widest point fits the phone's width: nothing makes the page scroll sideways. */
async function expectNoSidewaysScroll(page: Page, route: string) {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${route} is ${scrollWidth} px wide at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

test('at 390 px the navigation folds into a menu, and no page scrolls sideways, fails, throws or logs an error', async ({ page }) => {
  test.setTimeout(120_000);
  // No page answers 5xx, throws or logs an error on the way.
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message} (${page.url()})`));
  page.on('console', (message) => message.type() === 'error' && failures.push(`console error: ${message.text()} (${page.url()})`));
  await signIn(page, DEMO.email, DEMO.password);
  const team = new URL(page.url()).pathname.split('/')[2]!;
  // The links are behind the menu, which opens and closes.
  await expect(page.getByRole('link', { name: 'Datasets', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Datasets', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Datasets', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');

  const routes = [
    '',
    '/datasets',
    '/datasets/new',
    '/runs',
    '/runs/new',
    '/runs/sweep',
    '/models',
    '/rules',
    '/findings',
    '/settings',
    '/settings/tokens',
    '/settings/audit',
    '/compare',
  ];
  // A dataset and a rule set of the demo team, by their links.
  await page.goto(`/t/${team}/datasets`);
  routes.push(
    new URL(
      (await page
        .getByRole('link', { name: /^Product titles/ })
        .first()
        .getAttribute('href'))!,
      page.url(),
    ).pathname.replace(`/t/${team}`, ''),
  );
  await page.goto(`/t/${team}/rules`);
  routes.push(
    new URL((await page.getByRole('link', { name: 'Product categories' }).first().getAttribute('href'))!, page.url()).pathname.replace(
      `/t/${team}`,
      '',
    ),
  );
  for (const route of routes) {
    await page.goto(`/t/${team}${route}`);
    await expectNoSidewaysScroll(page, route || '/');
  }
  // The one dataset a kind can train on is chosen already.
  // (Wide & Deep trains on tables: the demo team has one, the app impressions.)
  await page.goto(`/t/${team}/runs/new?kind=wide_deep`);
  const dataset = page.getByLabel('Dataset');
  await expect(dataset.locator('option')).toHaveCount(2);
  await expect(dataset).toHaveValue((await dataset.getByRole('option', { name: /^App impressions/ }).getAttribute('value'))!);

  // A run, launched from the form on the phone, read on its page while it trains and once it is done.
  await page.goto(`/t/${team}/runs/new`);
  await expect(page.getByRole('heading', { name: 'New run' })).toBeVisible();
  await selectMatching(page.getByLabel('Dataset'), /^Product titles v\d+/);
  await page.getByLabel('Epochs').fill('3');
  await page.getByLabel('Name').fill('a run on the phone, with a name long enough to wrap on a narrow screen');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expectNoSidewaysScroll(page, 'the run, queued');
  await expect(page.getByText('succeeded', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  await expectNoSidewaysScroll(page, 'the run, finished');
  expect(failures).toEqual([]);
});
