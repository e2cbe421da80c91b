import { expect, test } from '@playwright/test';
import { DEMO, selectMatching, signIn } from './helpers';

test('write a rule and see its matches, run the hybrid ablation, review its items: label one, create a rule from another', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Rules', exact: true }).click();
  await page.getByRole('link', { name: 'Product categories', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Product categories' })).toBeVisible();
  // Other text datasets exist: the page picks one with the column the rules read.
  await expect(page.getByLabel('Test and analyse on').locator('option:checked')).toHaveText(/^Product titles v\d+$/);

  // The tester answers while the rule is typed; an unsupported pattern says why before it is saved.
  await page.getByLabel('Pattern').fill('(watch)\\1');
  await expect(page.getByText('RE2 has no backreferences')).toBeVisible();
  await page.getByLabel('Pattern').fill('\\bwatch band\\b');
  await page.getByLabel('Class').fill('watches');
  const tester = page.getByLabel('Rule test');
  await expect(tester.getByText(/precision 100\.0%/)).toBeVisible();
  await expect(page.getByTestId('rule-matches')).not.toHaveText('0');
  await expect(tester.locator('mark').first()).toHaveText(/watch band/i);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const analysis = page.getByRole('table', { name: 'Rule analysis' });
  await expect(analysis.getByText('\\bwatch band\\b')).toBeVisible();
  await expect(analysis.getByRole('row')).toHaveCount(6);
  // Sorted by coverage, most first: the new rule (80 of 6,000 titles) heads the table; by pattern ascending, it is last.
  await expect(analysis.getByRole('row').nth(1)).toContainText('\\bwatch band\\b');
  await analysis.getByRole('button', { name: 'Rule', exact: true }).click();
  await analysis.getByRole('button', { name: 'Rule ↓', exact: true }).click();
  await expect(analysis.getByRole('row').nth(1)).not.toContainText('\\bwatch band\\b');
  await expect(analysis.getByRole('row').last()).toContainText('\\bwatch band\\b');

  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await page.getByRole('link', { name: 'New run', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New run' })).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Hybrid rules + ML' });
  await selectMatching(page.getByLabel('Dataset'), /^Product titles v\d+ \(6,000 rows\)$/);
  await page.getByLabel('Epochs').fill('2');
  await page.getByLabel('Rule set').selectOption({ label: 'Product categories (5 enabled)' });
  await page.getByLabel('Name').fill('titles ablation');
  // One seed: this journey is about the rules, not the spread over seeds.
  await page.getByLabel('Ablation seeds').fill('1');
  await page.getByRole('button', { name: /Launch ablation/ }).click();

  const group = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Group: titles ablation' }) });
  for (const mode of ['ml_only', 'rules_only', 'hybrid']) await expect(group.getByRole('cell', { name: mode, exact: true })).toBeVisible();
  await expect(group.getByText('succeeded', { exact: true })).toHaveCount(3, { timeout: 240_000 });
  await group.getByRole('link', { name: 'titles ablation · hybrid' }).click();
  await expect(page.getByLabel('Hybrid report')).toContainText('Precision (released)');
  await expect(page.getByRole('figure', { name: 'Precision against coverage' }).locator('path.recharts-line-curve')).toBeAttached();

  const queue = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Review queue' }) });
  await expect(queue.getByRole('row').nth(1)).toBeVisible();
  // Label an item: its correction becomes a new version of the dataset.
  const firstLabel = queue.getByRole('combobox').first();
  await firstLabel.selectOption((await firstLabel.inputValue()) === 'sewing' ? 'baby' : 'sewing');
  await queue.getByRole('button', { name: 'Save 1 corrected label as a new dataset version' }).click();
  await expect(queue.getByText(/^Saved as v\d+; v\d+ is unchanged\.$/)).toBeVisible();
  await queue.getByRole('link', { name: 'Create rule' }).first().click();
  await expect(page.getByRole('heading', { name: 'Product categories' })).toBeVisible();
  await expect(page.getByLabel('Pattern')).not.toHaveValue('');
  // The pattern comes from the item's own words: it matches at least that item.
  await expect(page.getByTestId('rule-matches')).not.toHaveText('0');
  await page.getByRole('button', { name: 'Add rule' }).click();
  // The set is analysed again over 6,000 rows in the rule pool, beside the other journeys' training.
  await expect(page.getByRole('table', { name: 'Rule analysis' }).getByRole('row')).toHaveCount(7, { timeout: 60_000 });
});
