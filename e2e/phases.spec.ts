import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('read a run’s detected phases on its charts, re-detect, and annotate the curves', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.email, DEMO.password);
  const team = new URL(page.url()).pathname.split('/')[2]!;
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/api/graphql', { data: { query, variables }, headers: { 'x-phaselab-team': team } });
    return (await response.json()).data;
  };
  const { datasets } = await api(`{ datasets(search: "Product titles") { nodes { latestVersion { id } } } }`);
  const { createRun } = await api(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
    input: {
      name: 'phases on titles',
      kind: 'logistic_regression',
      datasetVersionId: datasets.nodes[0].latestVersion.id,
      config: { epochs: 8, noise: { rate: 0.3 } },
      seed: 4,
    },
  });
  await page.goto(`/t/${team}/runs/${createRun.run.id}`);

  await expect(page.getByText('succeeded', { exact: true })).toBeVisible({ timeout: 150_000 });
  const card = (title: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const phases = card('Phases');
  const annotations = card('Annotations');
  await expect(phases.getByText('Final', { exact: true })).toBeVisible();
  await expect(page.getByTestId('phase-explanation')).toHaveText(/^Validation (rose|reached).+\.$/);
  await expect(phases.getByRole('cell', { name: 'Fitting' })).toBeVisible();
  const accuracy = page.getByRole('figure', { name: 'Accuracy' });
  const shaded = accuracy.locator('.recharts-reference-area');
  await expect.poll(() => shaded.count()).toBeGreaterThan(0);
  // The run's charts share one x range, its 8 epochs, and phase labels sit above the plot, not over the lines.
  for (const title of ['Loss', 'Accuracy', 'Noisy examples']) {
    await expect(
      page.getByRole('figure', { name: title }).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').last(),
    ).toHaveText('8');
  }
  const plotTop = await accuracy.locator('.recharts-cartesian-grid').evaluate((grid) => grid.getBoundingClientRect().top);
  const phaseLabels = accuracy.locator('text.recharts-label').filter({ hasText: /^(Fitting|Settling|Memorization)$/ });
  await expect.poll(() => phaseLabels.count()).toBeGreaterThan(0);
  for (const label of await phaseLabels.all()) {
    const box = (await label.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(plotTop + 1);
  }
  await accuracy.screenshot({ path: 'test-results/run-phases.png' });
  await page.getByLabel('Show phases').uncheck();
  await expect(shaded).toHaveCount(0);
  await page.getByLabel('Show phases').check();

  await page.getByText('Re-detect with other parameters').click();
  await page.getByLabel('minEpochs').fill('20');
  await page.getByRole('button', { name: 'Re-detect' }).click();
  await expect(phases.getByText('Not enough data', { exact: true })).toBeVisible();
  await expect(page.getByTestId('phase-explanation')).toHaveText('Not enough data: 8 validation points, at least 20 needed.');
  await page.getByLabel('minEpochs').fill('4');
  await page.getByRole('button', { name: 'Re-detect' }).click();
  await expect(phases.getByText('Final', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add annotation' }).click();
  await page.getByLabel('Label', { exact: true }).fill('my plateau');
  await page.getByLabel('From epoch').fill('5');
  await page.getByLabel('To epoch').fill('3');
  await page.getByRole('button', { name: 'Save annotation' }).click();
  await expect(page.getByText('a band ends after it starts')).toBeVisible();
  await page.getByLabel('To epoch').fill('7');
  await page.getByLabel('Note').fill('looks flat to me');
  await page.getByRole('button', { name: 'Save annotation' }).click();
  await expect(annotations.getByRole('cell', { name: 'looks flat to me' })).toBeVisible();
  await expect(accuracy.getByText('my plateau')).toHaveCount(1);

  await annotations.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Kind').selectOption('marker');
  await page.getByLabel('At epoch').fill('6');
  await page.getByRole('button', { name: 'Save annotation' }).click();
  await expect(annotations.getByRole('cell', { name: '6', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(annotations.getByRole('cell', { name: 'looks flat to me' })).toHaveCount(0);
});
