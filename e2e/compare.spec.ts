import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, selectMatching, signIn } from './helpers';

test('sweep three seeds, compare them with smoothing and log scale, save, share publicly and download the points', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await page.getByRole('link', { name: 'New sweep', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New sweep' })).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Logistic regression' });
  await selectMatching(page.getByLabel('Dataset'), /^Product titles v\d+$/);
  await page.getByLabel('Name').fill('seed sweep');
  await page.getByLabel('Base config (JSON)').fill('{"epochs": 8, "batchSize": 128, "noise": {"rate": 0.2}}');
  await page.getByLabel('Field 1').fill('seed');
  await page.getByLabel('Values 1').fill('1, 2, 3');
  await page.getByRole('button', { name: 'Remove' }).nth(1).click();
  await expect(page.getByTestId('sweep-size')).toHaveText('3 runs');
  await page.getByRole('button', { name: 'Launch 3 runs' }).click();

  // The comparison of the sweep's group opens at once and fills as the runs train.
  await expect(page).toHaveURL(/\/compare\?group=/);
  const valLoss = page.getByRole('figure', { name: 'val/loss' });
  await expect(valLoss.locator('canvas')).toBeVisible({ timeout: 180_000 });
  // The three runs share the workers with other teams' journeys: the last may wait its turn (the team limit) a while.
  await expect(valLoss).toHaveAttribute('data-lines', '3', { timeout: 120_000 });
  await expect(page.getByRole('cell', { name: 'seed sweep · seed=3' })).toBeVisible();
  // The comparison opens on the runs' headline validation score (macro-F1: more than two classes); each chart has a legend, and hovering an entry
  // brings that run forward on every chart.
  await expect(page.getByRole('figure').first()).toHaveAttribute('aria-label', 'val/macro_f1');
  const legend = page.getByRole('list', { name: 'Legend of val/loss' });
  await expect(legend.getByRole('listitem')).toHaveCount(3);
  await legend.getByRole('listitem').filter({ hasText: 'seed sweep · seed=1' }).hover();
  await expect(
    page.getByRole('list', { name: 'Legend of val/macro_f1' }).getByRole('listitem').filter({ hasText: 'seed sweep · seed=2' }),
  ).toHaveClass(/opacity-40/);
  await page.mouse.move(0, 0);
  // Keyboard shortcuts, listed by ?: l toggles the log scale, 1 to 3 set the charts per row.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  await expect(page.getByLabel('Keyboard shortcuts')).toContainText('log scale on or off');
  await page.keyboard.press('l');
  await expect(page.getByLabel('Log scale')).toBeChecked();
  await page.keyboard.press('l');
  await expect(page.getByLabel('Log scale')).not.toBeChecked();
  await page.keyboard.press('1');
  await expect(page.getByLabel('Charts per row')).toHaveValue('1');
  await expect.poll(async () => (await valLoss.locator('canvas').boundingBox())?.height).toBeGreaterThan(300);
  await page.keyboard.press('2');
  await expect(page.getByLabel('Charts per row')).toHaveValue('2');
  // A chart opens full screen, and Esc closes it.
  await page.getByRole('button', { name: 'Full screen: val/loss' }).click();
  const enlarged = page.getByRole('dialog', { name: 'val/loss, full screen' });
  await expect.poll(async () => (await enlarged.locator('canvas').boundingBox())?.height).toBeGreaterThan(400);
  await page.keyboard.press('Escape');
  await expect(enlarged).toHaveCount(0);
  // Only the seed differs, so the config diff says so (runs' seeds are not config) and grouping offers nothing.
  await expect(page.getByText('The runs share every parameter.')).toBeVisible();

  const summary = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Summary' }) });
  await expect(summary.getByText('succeeded', { exact: true })).toHaveCount(3, { timeout: 180_000 });
  // Each run's test scores with their 95% intervals.
  await expect(summary.getByText(/^test\/accuracy \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]$/)).toHaveCount(3);
  // Every run's phases show as a strip under each chart, without soloing.
  await expect.poll(async () => Number(await valLoss.getAttribute('data-phase-strips')), { timeout: 60_000 }).toBe(3);
  // The tooltip lists every run's value at the cursor.
  await valLoss.locator('.u-over').hover({ position: { x: 200, y: 100 } });
  await expect(valLoss.getByRole('tooltip')).toContainText('seed sweep · seed=2');
  await page.getByLabel('X-axis').selectOption('relative');
  // The three runs share the workers with other teams' journeys: the last may wait its turn (the team limit) a while.
  await expect(valLoss).toHaveAttribute('data-lines', '3', { timeout: 120_000 });
  // The chart is drawn anew once the wall times arrive: a hover on the chart it replaces shows nothing, so hover again.
  await expect(async () => {
    await valLoss.locator('.u-over').hover({ position: { x: 250, y: 120 } });
    await valLoss.locator('.u-over').hover({ position: { x: 300, y: 100 } });
    await expect(valLoss.getByRole('tooltip')).toContainText('seconds since start', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByLabel('X-axis').selectOption('epoch');

  await page.getByLabel('Smoothing').fill('0.6');
  await expect(page.getByText('Smoothing 0.60')).toBeVisible();
  await page.getByLabel('Log scale').check();
  await page.getByRole('button', { name: 'Solo seed sweep · seed=1' }).click();
  await expect(valLoss).toHaveAttribute('data-lines', '1');
  await page.getByRole('button', { name: 'Solo seed sweep · seed=1' }).click();
  // The three runs share the workers with other teams' journeys: the last may wait its turn (the team limit) a while.
  await expect(valLoss).toHaveAttribute('data-lines', '3', { timeout: 120_000 });

  await page.getByLabel('Name').fill('Three seeds at 20% noise');
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await expect(page.getByRole('heading', { name: 'Three seeds at 20% noise' })).toBeVisible();
  await expect(page.getByText('Smoothing 0.60')).toBeVisible();
  await expect(page.getByLabel('Log scale')).toBeChecked();

  await page.getByRole('button', { name: 'Create public link' }).click();
  const link = await page.getByTestId('share-link').getAttribute('href');
  expect(link).toMatch(/\/share\/shr_/);

  // A fresh browser, signed in nowhere, sees the comparison and nothing else.
  const stranger = await browser.newContext();
  const publicPage = await stranger.newPage();
  await publicPage.goto(link!);
  await expect(publicPage.getByRole('heading', { name: 'Three seeds at 20% noise' })).toBeVisible();
  await expect(publicPage.getByRole('figure', { name: 'val/loss' }).locator('canvas')).toBeVisible();
  await expect(publicPage.getByLabel('Log scale')).toBeChecked();
  const download = publicPage.waitForEvent('download');
  await publicPage.getByRole('button', { name: 'CSV (raw points)' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\n')[0]).toBe('run_id,run,metric,step,epoch,wall_time,value');
  expect(csv).toContain('seed sweep · seed=2,val/loss,3,3,');
  const summaryDownload = publicPage.waitForEvent('download');
  await publicPage.getByRole('button', { name: 'CSV (summary)' }).click();
  const summaryCsv = fs.readFileSync((await (await summaryDownload).path())!, 'utf8');
  expect(summaryCsv.split('\n')[0]).toBe('run_id,run,status,score,value,low_95,high_95');
  expect(summaryCsv).toMatch(/seed sweep · seed=2,succeeded,test\/accuracy,[\d.]+,[\d.]+,[\d.]+\n/);
  await stranger.close();

  // Revoked, the link shows nothing.
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('revoked', { exact: true })).toBeVisible();
  const later = await browser.newContext();
  const gone = await later.newPage();
  await gone.goto(link!);
  await expect(gone.getByText('This link does not exist, was revoked or has expired.')).toBeVisible();
  await later.close();
});
