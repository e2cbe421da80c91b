import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('the home page shows the worker online and a health check makes the round trip through the queue', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByTestId('workers-online')).toHaveText('1 worker online');
  await page.getByRole('button', { name: 'Check workers' }).click();
  await expect(page.getByTestId('health-check')).toContainText('Answered through the queue by');
});
