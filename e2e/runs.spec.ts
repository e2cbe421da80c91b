import { expect, test } from '@playwright/test';
import { DEMO, selectMatching, signIn } from './helpers';

test('launch a run from the UI and watch its curves grow live', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await page.getByRole('link', { name: 'New run', exact: true }).click();
  // The run list has a Kind filter too: wait for the form before choosing.
  await expect(page.getByRole('heading', { name: 'New run' })).toBeVisible();

  await selectMatching(page.getByLabel('Dataset'), /^Product titles v\d+ \(6,000 rows\)$/);
  await page.getByLabel('Epochs').fill('0');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByText('train at least 1 epoch')).toBeVisible(); // checked before any round trip

  await page.getByLabel('Epochs').fill('8');
  await page.getByLabel('Batch size').fill('16');
  await page.getByLabel('Noise rate').fill('0.2');
  await page.getByLabel('Name').fill('titles baseline');
  await page.getByRole('button', { name: 'Start run' }).click();

  await expect(page.getByRole('heading', { name: /titles baseline/ })).toBeVisible();
  const accuracy = page.getByRole('figure', { name: 'Accuracy' });
  const dots = accuracy.locator('.recharts-line-dots circle');
  await expect.poll(() => dots.count(), { timeout: 60_000 }).toBeGreaterThan(0);
  const early = await dots.count();
  // No reload: the page polls, and the curve gains points as epochs finish.
  await expect.poll(() => dots.count(), { timeout: 60_000 }).toBeGreaterThan(early);
  await expect(page.getByText('succeeded', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('Epoch 8 of 8')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Noisy examples' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'model', exact: true })).toBeVisible();

  // The run list finds it by words of its name and config, and sorts by a summary value; the address keeps both.
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  const table = page.getByRole('table');
  await page.getByLabel('Search runs').fill('no run is called this');
  await expect(page.getByText('No run matches “no run is called this”.')).toBeVisible();
  await page.getByLabel('Search runs').fill('"rate": 0.2 TITLES');
  await expect(page).toHaveURL(/[?&]q=%22rate%22%3A\+0\.2\+TITLES/);
  await expect(table.getByRole('link', { name: 'titles baseline' })).toBeVisible();
  await page.getByLabel('Sort', { exact: true }).selectOption({ label: 'Highest value of…' });
  await page.getByLabel('Sort by value').fill('test/accuracy');
  await page.getByLabel('Sort by value').press('Enter');
  await expect(page).toHaveURL(/sort=highest&key=test%2Faccuracy/);
  await page.reload();
  await expect(page.getByLabel('Sort', { exact: true })).toHaveValue('highest');
  await expect(page.getByLabel('Sort by value')).toHaveValue('test/accuracy');
  await expect(page.getByLabel('Search runs')).toHaveValue('"rate": 0.2 TITLES');
  await expect(table.getByRole('link', { name: 'titles baseline' })).toBeVisible();
});
