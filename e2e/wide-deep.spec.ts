import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('launch a Wide & Deep ablation, compare its three modes, and read what the joint model learned', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await page.getByRole('link', { name: 'New run', exact: true }).click();
  // The run list has a Kind filter too: wait for the form before choosing.
  await expect(page.getByRole('heading', { name: 'New run' })).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Wide & Deep' });
  await page.getByLabel('Dataset').selectOption({ label: 'App impressions v1 (20,000 rows)' });
  await page.getByLabel('Epochs').fill('2');
  await page.getByLabel('Batch size').fill('256');
  await page.getByLabel('Crossed columns').fill('installed_apps × favourite_colour');
  await page.getByRole('button', { name: /Launch ablation/ }).click();
  await expect(
    page.getByText('config.crosses.0.1: the dataset has no feature column "favourite_colour"', { exact: false }).first(),
  ).toBeVisible();

  await page.getByLabel('Crossed columns').fill('');
  await page.getByRole('button', { name: 'installed_apps × impressed_app' }).click();
  await expect(page.getByLabel('Crossed columns')).toHaveValue('installed_apps × impressed_app');
  await page.getByLabel('Name').fill('impressions ablation');
  await page.getByLabel('Ablation seeds').fill('0');
  await page.getByRole('button', { name: /Launch ablation/ }).click();
  await expect(page.getByText('use 1 to 10 seeds')).toBeVisible();
  await page.getByLabel('Ablation seeds').fill('2');
  await page.getByRole('button', { name: /Launch ablation/ }).click();

  // One row per mode, its two seeds' runs in it.
  const group = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Group: impressions ablation' }) });
  await expect(group.getByRole('row')).toHaveCount(4);
  for (const mode of ['wide', 'deep', 'wide_deep']) await expect(group.getByRole('cell', { name: mode, exact: true })).toBeVisible();
  await expect(group.getByRole('link', { name: /^seed \d+$/ })).toHaveCount(6);
  await expect(group.getByText('succeeded', { exact: true })).toHaveCount(6, { timeout: 200_000 });
  await expect(group.getByRole('columnheader', { name: 'test/auc' })).toBeVisible();
  // Each test score is a mean over the two seeds with its 95% interval; bold only where its interval clears every other's.
  const scoreColumns = (await group.getByRole('columnheader').count()) - 2;
  expect(scoreColumns).toBeGreaterThanOrEqual(3);
  await expect(group.getByRole('cell', { name: /^-?\d+\.\d{3} \[-?\d+\.\d{3}, -?\d+\.\d{3}\] n=2$/ })).toHaveCount(3 * scoreColumns);
  expect((await group.locator('td.font-semibold').count()) > 0 || (await group.getByLabel('No clear winner').isVisible())).toBe(true);

  // The Findings page reads the ablation as a test of its paper's claim, seed by seed.
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  const finding = page.getByRole('region', { name: 'Finding: impressions ablation' });
  await expect(finding.getByText(/^(Supported|Not supported|Inconclusive)$/)).toBeVisible();
  for (const other of ['wide', 'deep'])
    await expect(
      finding.getByText(new RegExp(`^wide_deep − ${other}: [+−]\\d\\.\\d{3} \\[[+−]\\d\\.\\d{3}, [+−]\\d\\.\\d{3}\\] over 2 seeds$`)),
    ).toBeVisible();
  await expect(finding.getByRole('figure', { name: 'Differences in test/auc' }).locator('.recharts-scatter-symbol')).toHaveCount(2);
  await page.goBack();

  await group
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'wide_deep', exact: true }) })
    .getByRole('link')
    .first()
    .click();
  await expect(
    page
      .getByRole('definition')
      .filter({ hasText: /^\d\.\d{3} \(95%: \d\.\d{3}–\d\.\d{3}\)$/ })
      .first(),
  ).toBeVisible();
  const learned = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What the model learned' }) });
  await expect(learned.getByRole('cell', { name: /^AND\(installed_apps=\w+, impressed_app=\w+\)$/ }).first()).toBeVisible();
  await learned.getByLabel('Embedding column').selectOption('impressed_app');
  await learned.getByLabel('Value').fill('games_1');
  await learned.getByRole('button', { name: 'Find neighbours' }).click();
  await expect(learned.getByRole('list', { name: 'Neighbours' }).getByRole('listitem')).toHaveCount(8);

  const predict = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Predict' }) });
  await predict
    .getByLabel('Rows to score')
    .fill(
      '[{"user_age": 22, "user_country": "US", "installed_apps": "games_1 games_4", "impressed_app": "games_2"}, {"favourite_colour": "red"}]',
    );
  await predict.getByRole('button', { name: 'Score rows' }).click();
  await expect(predict.getByText('rows.1: unknown column "favourite_colour"')).toBeVisible();
  await predict
    .getByLabel('Rows to score')
    .fill('[{"user_age": 22, "user_country": "US", "installed_apps": "games_1 games_4", "impressed_app": "games_2"}]');
  await predict.getByRole('button', { name: 'Score rows' }).click();
  await expect(predict.getByRole('row')).toHaveCount(2, { timeout: 60_000 });
  await expect(predict.getByRole('cell', { name: /^[01]$/ })).toBeVisible();
});
