import { expect, test, type Page } from '@playwright/test';
import { corpusLines, nerLines } from '../server/datasets/samples/ner';
import { DEMO, selectMatching, signIn } from './helpers';

async function upload(page: Page, team: string, filename: string, lines: Iterable<string>, name: string) {
  await page.goto(`/t/${team}/datasets/new`);
  await page
    .getByLabel('Dataset file')
    .setInputFiles({ name: filename, mimeType: 'text/plain', buffer: Buffer.from([...lines].join('\n') + '\n') });
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test('pre-train a base model on a corpus, then fine-tune it on noisy tags from the Models page', async ({ page }) => {
  test.setTimeout(600_000);
  await signIn(page, DEMO.email, DEMO.password);
  const team = page.url().match(/\/t\/([^/]+)/)![1]!;
  await upload(page, team, 'little-corpus.txt', corpusLines(300, 21), 'Little corpus');
  await upload(page, team, 'little-ner.conll', nerLines(200, 22), 'Little NER');

  await page.getByRole('link', { name: 'Models', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Models' })).toBeVisible();
  await page.getByRole('link', { name: 'Pre-train a model' }).click();
  await expect(page.getByLabel('Kind')).toHaveValue('pretrain');
  await expect(page.getByLabel('Noise rate')).toHaveCount(0); // pre-training reads no labels
  await selectMatching(page.getByLabel('Dataset'), /^Little corpus v1/);
  await page.getByLabel('Name').fill('little base');
  await page.getByLabel('Epochs').fill('1');
  await page.getByLabel('Vocabulary').fill('300');
  await page.getByLabel('Max length').fill('32');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByRole('heading', { name: /little base/ })).toBeVisible();
  const baseModelId = page.url().split('/runs/')[1]!;
  await expect(page.getByText('succeeded', { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Masked-word accuracy', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Models', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'little base' });
  await expect(row).toContainText('tiny: 2 layers × 128, 2 heads');
  await expect(row).toContainText('Little corpus v1');
  await page.getByLabel('Text', { exact: true }).fill('Ann visited Ohio .');
  await expect(page.getByRole('list', { name: 'Tokens' }).getByText('visited', { exact: true })).toBeVisible();
  await row.getByRole('link', { name: 'Fine-tune' }).click();
  await expect(page.getByLabel('Kind')).toHaveValue('finetune');
  await expect(page.getByLabel('Base model')).toHaveValue(/.+/);
  await selectMatching(page.getByLabel('Dataset'), /^Little NER v1/);
  await page.getByLabel('Max length').fill('64');
  await page.getByLabel('Name').fill('little finetune');
  await page.getByLabel('Epochs').fill('2');
  await page.getByLabel('Noise rate').fill('0.2');
  await page.getByRole('button', { name: 'Start run' }).click();
  // The base model reads 32 tokens at most: the server says so on the field.
  await expect(page.getByText('the base model reads at most 32 tokens').first()).toBeVisible();
  await page.getByLabel('Max length').fill('32');
  await page.getByRole('button', { name: 'Start run' }).click();

  await expect(page.getByRole('heading', { name: /little finetune/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'little base' })).toBeVisible();
  await expect(page.getByText('succeeded', { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Test entity F1', { exact: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Noisy examples' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Scores' })).toBeVisible();

  // A few-shot sweep of both heads from the same base model: its group draws each class's F1 against k.
  await page.goto(`/t/${team}/runs/sweep`);
  await page.getByLabel('Kind').selectOption({ label: 'Fine-tune a transformer' });
  await selectMatching(page.getByLabel('Dataset'), /^Little NER v1$/);
  await page.getByLabel('Name').fill('few-shot');
  await page
    .getByLabel('Base config (JSON)')
    .fill(JSON.stringify({ baseModelId, epochs: 1, maxLength: 32, fewShot: { classes: ['LOC'], k: 5 } }));
  await page.getByLabel('Field 1').fill('fewShot.k');
  await page.getByLabel('Values 1').fill('5, 20');
  await page.getByLabel('Field 2').fill('head');
  await page.getByLabel('Values 2').fill('linear, prototype');
  await expect(page.getByTestId('sweep-size')).toHaveText('4 runs');
  await page.getByRole('button', { name: 'Launch 4 runs' }).click();
  await expect(page).toHaveURL(/\/compare\?group=/);
  await page.goto(`/t/${team}/runs`);
  await page.getByRole('link', { name: 'few-shot · fewShot.k=20 head=prototype' }).click();
  const chart = page.getByRole('figure', { name: 'Per-class F1 against k' });
  await expect(chart).toBeVisible({ timeout: 150_000 });
  await expect(chart.getByText('LOC · prototype')).toBeVisible();
  await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(4, { timeout: 150_000 });

  // A fine-tuning ablation: pre-trained against random weights, seed by seed, read on the Findings page as the paper's
  // two claims (test F1, and the phases each run passed).
  await page.goto(`/t/${team}/runs/new?kind=finetune&baseModelId=${baseModelId}`);
  await selectMatching(page.getByLabel('Dataset'), /^Little NER v1/);
  await page.getByLabel('Max length').fill('32');
  await page.getByLabel('Name').fill('little ablation');
  await page.getByLabel('Epochs').fill('1');
  await page.getByLabel('Noise rate').fill('0.2');
  await page.getByLabel('Ablation seeds').fill('2');
  await page.getByRole('button', { name: 'Launch ablation (pre-trained, random init)' }).click();
  await expect(page.getByRole('heading', { name: /little ablation · (pretrained|random) · seed \d+/ })).toBeVisible();
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  const finding = page.getByRole('region', { name: 'Finding: little ablation' });
  await expect(finding.getByText(/^pretrained − random: [+−]\d\.\d{3} \[[+−]\d\.\d{3}, [+−]\d\.\d{3}\] over 2 seeds$/)).toBeVisible({
    timeout: 240_000,
  });
  const phases = finding.getByRole('region', { name: 'Phase claim' });
  await expect(phases.getByText(/passes fitting, settling and memorization/)).toBeVisible();
  // Two seeds cannot decide the phase claim: it takes three of each.
  await expect(phases.getByText('Inconclusive', { exact: true })).toBeVisible();
  await expect(phases.getByRole('row')).toHaveCount(3);
});
