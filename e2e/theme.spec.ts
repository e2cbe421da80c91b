import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);
const DARK_PAGE = 'rgb(11, 17, 32)';
const LIGHT_PAGE = 'rgb(248, 250, 252)';

test('pages follow the system theme until a person picks one, which stays', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn(page, DEMO.email, DEMO.password);
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  expect(await background(page, 'body')).toBe(DARK_PAGE);
  // Cards darken with the page; text on them turns light.
  expect(await background(page, 'header')).toBe('rgb(17, 24, 39)');
  expect(
    await page
      .locator('h1')
      .first()
      .evaluate((e) => getComputedStyle(e).color),
  ).toBe('rgb(248, 250, 252)');

  await theme.selectOption('light');
  expect(await background(page, 'body')).toBe(LIGHT_PAGE);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  expect(await background(page, 'body')).toBe(LIGHT_PAGE);

  // Pinned dark holds under a light system, across pages.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Runs', exact: true })).toBeVisible();
  expect(await background(page, 'body')).toBe(DARK_PAGE);

  await page.getByLabel('Theme').selectOption('system');
  expect(await background(page, 'body')).toBe(LIGHT_PAGE);
});
