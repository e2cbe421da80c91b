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

test('tags and notes are edited after launch; chosen columns sort the list and follow the user', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.email, DEMO.password);
  const team = new URL(page.url()).pathname.split('/')[2]!;
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/api/graphql', { data: { query, variables }, headers: { 'x-phaselab-team': team } });
    return (await response.json()).data;
  };
  // Three short runs of their own, tagged so the list can be narrowed to them.
  const { datasets } = await api(`{ datasets(search: "Product titles") { nodes { latestVersion { id } } } }`);
  const ids: string[] = [];
  for (const [i, learningRate] of [0.5, 0.05, 0.005].entries()) {
    const { createRun } = await api(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
      input: {
        name: `columns ${i + 1}`,
        kind: 'logistic_regression',
        datasetVersionId: datasets.nodes[0].latestVersion.id,
        config: { epochs: 2, learningRate },
        tags: ['columns-study'],
      },
    });
    ids.push(createRun.run.id);
  }
  const finished = async () =>
    (await api(`query($ids: [ID!]!) { runsByIds(ids: $ids) { status } }`, { ids })).runsByIds.every(
      (r: { status: string }) => r.status === 'SUCCEEDED',
    );
  await expect.poll(finished, { timeout: 150_000, intervals: [2000] }).toBe(true);

  // Notes and tags, on the run's own page.
  await page.goto(`/t/${team}/runs/${ids[0]}`);
  const notes = page.locator('section', { has: page.getByRole('heading', { name: 'Notes and tags' }) });
  await notes.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Notes', { exact: true }).fill('x'.repeat(8001));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('use at most 8,000 characters')).toBeVisible();
  await page.getByLabel('Tags', { exact: true }).fill('columns-study, e2e-checked ,columns-study');
  await page.getByLabel('Notes', { exact: true }).fill('Read by hand:\nthe plateau starts at epoch 3.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveText('Read by hand:\nthe plateau starts at epoch 3.');
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['columns-study', 'e2e-checked']);

  // The list finds it by its new tag, and shows the columns this user chose.
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  const table = page.getByRole('table');
  await page.getByLabel('Search runs').fill('e2e-checked');
  await expect(table.getByRole('link', { name: 'columns 1' })).toBeVisible();
  await expect(table.getByRole('link')).toHaveCount(1);
  await page.getByLabel('Search runs').fill('columns-study');
  await expect(table.getByRole('link')).toHaveCount(3);
  await page.getByText('Columns', { exact: true }).click();
  const add = async (source: string, key: string) => {
    await page.getByLabel('Column source').selectOption({ label: source });
    await page.getByLabel('Column key').fill(key);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  };
  await add('Final value', 'train/loss');
  await add('Best value', 'val/accuracy');
  await add('Config field', 'learningRate');
  await expect(page.getByRole('list', { name: 'Chosen columns' }).getByRole('listitem')).toHaveCount(3);
  await expect(table.getByRole('columnheader')).toContainText(['train/loss', 'val/accuracy (best)', 'learningRate']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Chosen columns' })).toBeHidden();

  // A column's heading sorts by it, highest first, then again lowest first.
  const names = () => table.locator('tbody tr td:nth-child(2) a').allTextContents();
  await page.getByRole('button', { name: 'Sort by learningRate' }).click();
  await expect(page).toHaveURL(/sort=field-desc&field=learningRate/);
  await expect.poll(names).toEqual(['columns 1', 'columns 2', 'columns 3']);
  await page.getByRole('button', { name: 'Sort by learningRate' }).click();
  await expect.poll(names).toEqual(['columns 3', 'columns 2', 'columns 1']);
  await page.getByRole('button', { name: 'Sort by train/loss' }).click();
  await expect(page).toHaveURL(/sort=highest&key=train%2Floss/);
  // (Read afresh each time: the table is replaced while the new order loads.)
  const losses = async () => {
    const column = (await table.locator('thead th').allTextContents()).findIndex((h) => h.startsWith('train/loss'));
    return column < 0 ? [] : (await table.locator(`tbody tr td:nth-child(${column + 1})`).allTextContents()).map(Number);
  };
  await expect
    .poll(async () => {
      const l = await losses();
      return l.length === 3 && l.every((v, i) => i === 0 || v <= l[i - 1]!);
    })
    .toBe(true);

  // The fixed columns' headings sort too.
  await page.getByRole('button', { name: 'Sort by name' }).click();
  await expect(page).toHaveURL(/sort=name(&|$)/);
  await expect.poll(names).toEqual(['columns 1', 'columns 2', 'columns 3']);
  await page.getByRole('button', { name: 'Sort by name' }).click();
  await expect(page).toHaveURL(/sort=name-desc/);
  await expect.poll(names).toEqual(['columns 3', 'columns 2', 'columns 1']);

  // Kept on the server: another browser of the same user sees them.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.email, DEMO.password);
  await other.goto(`/t/${team}/runs`);
  await expect(other.getByRole('table').getByRole('columnheader')).toContainText(['train/loss', 'val/accuracy (best)', 'learningRate']);
  await other.getByText(/^Columns \(\d+\)$/).click();
  for (const column of ['train/loss', 'val/accuracy (best)', 'learningRate'])
    await other.getByRole('button', { name: `Remove ${column}` }).click();
  await expect(other.getByRole('list', { name: 'Chosen columns' })).toHaveCount(0);
  await other.context().close();
});
