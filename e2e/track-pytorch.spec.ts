import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { DEMO, signIn } from './helpers';

/**
 * The README's first thing to try: a real PyTorch script, trained outside Phaselab on labels Phaselab made noisy,
 * logs through the MLflow-compatible tracking API with a token from the UI, and shows up live with its curves,
 * phases, memorization and suspected label errors.
 */
test('a PyTorch script logs a run that shows its phases and memorized noisy labels', async ({ page, request }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'API tokens', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  // Typed again should the page's first render replace the field meanwhile.
  await expect(async () => {
    await page.getByLabel('Name').fill('pytorch example');
    await expect(page.getByLabel('Name')).toHaveValue('pytorch example', { timeout: 500 });
  }).toPass();
  await page.getByLabel('Role').selectOption('MEMBER');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('token-secret').textContent())!.trim();

  const script = spawn('/usr/bin/python3', [path.join('examples', 'pytorch-noisy-labels', 'train.py'), '--epochs', '20'], {
    env: {
      ...process.env,
      MLFLOW_TRACKING_URI: `${baseURL}/api/mlflow`,
      MLFLOW_TRACKING_TOKEN: token,
      PHASELAB_TRACKING_URI: '',
      PHASELAB_TOKEN: '',
    },
  });
  let output = '';
  script.stdout.on('data', (d) => (output += d));
  script.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => script.on('close', resolve));
  await expect.poll(() => output.match(/run ([0-9a-f-]{36})/)?.[1], { timeout: 60_000, message: output }).toBeTruthy();
  const runId = output.match(/run ([0-9a-f-]{36})/)![1]!;

  // Live: the run page follows it while the script trains.
  await page.goto(`/t/demo/runs/${runId}`);
  await expect(page.getByText('Trained by its own code and logged through the tracking API')).toBeVisible();
  expect(await exited, output).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('succeeded', { timeout: 30_000 });

  await expect(page.getByText('Noisy examples', { exact: true })).toBeVisible();
  await expect(page.getByText(/First memorized \(\d+ noisy examples\)/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suspected label errors' })).toBeVisible();
  await expect(page.getByText('Logged losses', { exact: true })).toBeVisible();
  await expect(page.getByText('Phases', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Memorization \d+–\d+/).first()).toBeVisible();
  await expect(page.getByText('val_accuracy').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Params' })).toBeVisible();

  // The same through GraphQL, as a script would read it.
  const answer = await request.post('/api/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query: `query($id: ID!) { run(id: $id) { name kind status phases { phase start end } phaseDetection { final status } noisyExamples { firstMemorizedEpoch } suspectedLabelErrors(first: 10) { injected } metricKeys } }`,
      variables: { id: runId },
    },
  });
  const { run } = (await answer.json()).data;
  expect(run).toMatchObject({ kind: 'external', status: 'SUCCEEDED', phaseDetection: { final: true, status: 'DETECTED' } });
  expect(run.phases.length).toBeGreaterThan(0);
  expect(run.metricKeys).toEqual(expect.arrayContaining(['val_accuracy', 'train_loss', 'noise/memorized_fraction', 'noise/detection_f1']));
  const memorized = run.noisyExamples.filter((e: { firstMemorizedEpoch: number | null }) => e.firstMemorizedEpoch !== null).length;
  expect(memorized).toBeGreaterThan(0);
  // High loss finds injected errors far above their 20% base rate.
  expect(run.suspectedLabelErrors.filter((e: { injected: boolean }) => e.injected).length).toBeGreaterThanOrEqual(5);

  // Runs can be listed by their experiment.
  await page.goto('/t/demo/runs');
  await page.getByLabel('Experiment').selectOption({ label: 'pytorch-noisy-labels' });
  await expect(page.getByRole('link', { name: run.name, exact: true })).toBeVisible();
});
