import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** A CSV of a few megabytes, so sending and parsing take long enough to watch. */
function ticketsCsv(rows: number) {
  const lines = ['ticket,queue'];
  for (let i = 0; i < rows; i++)
    lines.push(
      i % 3 ? `my invoice number ${i} was charged twice this month,billing` : `the app crashes when I open settings on device ${i},bugs`,
    );
  return Buffer.from(lines.join('\n') + '\n');
}

test('the demo team starts with the samples', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Datasets', exact: true }).click();
  for (const name of ['Spam vs ham', 'Synthetic NER', 'Synthetic corpus', 'App impressions', 'Product titles']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Spam vs ham', exact: true }).click();
  await expect(page.getByLabel('Label distribution')).toContainText('4,150');
  await expect(page.getByLabel('Label distribution')).toContainText('1,896');
});

test('upload a file: progress, preview, schema, then the dataset', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Datasets', exact: true }).click();
  // Exact, and after the list shows: the home page's "Bring your data" card also speaks of uploading.
  await expect(page.getByRole('heading', { name: 'Datasets', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Upload', exact: true }).click();

  const progressSeen = page.getByRole('progressbar', { name: 'Upload progress' }).waitFor();
  await page.getByLabel('Dataset file').setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: ticketsCsv(60_000) });
  await progressSeen;

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('the app crashes when I open settings on device 0');
  await expect(page.getByText('60,000 rows')).toBeVisible();
  await expect(page.getByLabel('Task type')).toHaveValue('TEXT_CLASSIFICATION');
  await expect(page.getByLabel('Label column')).toHaveValue('queue');
  await page.getByLabel('Name').fill('Support tickets');
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { name: 'Support tickets' })).toBeVisible();
  await expect(page.getByText('48,000 / 6,000 / 6,000')).toBeVisible();
  await expect(page.getByLabel('Label distribution')).toContainText('40,000');

  // New data makes a new version; the old one stays as it was.
  await page.getByRole('link', { name: 'New version' }).click();
  await expect(page.getByRole('heading', { name: 'New version of Support tickets' })).toBeVisible();
  await page.getByLabel('Dataset file').setInputFiles({ name: 'tickets-2.csv', mimeType: 'text/csv', buffer: ticketsCsv(300) });
  await page.getByLabel('What changed').fill('a fresh export');
  await page.getByRole('button', { name: 'Create version' }).click();
  await expect(page.getByRole('heading', { name: /Version 2/ })).toBeVisible();
  await expect(page.getByText('240 / 30 / 30')).toBeVisible();
  await page.getByLabel('Version').selectOption('1');
  await expect(page.getByText('48,000 / 6,000 / 6,000')).toBeVisible();
});

test('a broken file dropped on the page is refused with its line', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto(page.url().replace(/\/t\/([^/]+).*/, '/t/$1/datasets/new'));
  const drop = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['a,b\n1,2\n3,4,5\n'], 'ragged.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.getByText('Drop a file here').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('alert').filter({ hasText: 'line 3' })).toHaveText(
    /^line 3: the row has 3 fields, not as many as the header/,
  );
});
