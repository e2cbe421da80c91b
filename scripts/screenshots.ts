/**
 * Screenshots of the main pages, as the demo user sees them, at 1280 and 390 px, light and dark, into
 * docs/screenshots/ (the README links them). Run it against a running Phaselab that has trained something (the demo
 * studies start at the first `npm start`).
 * Usage: npx tsx scripts/screenshots.ts [base URL=http://localhost:3000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');
fs.mkdirSync(out, { recursive: true });

/** The pages to show, by file name: a fixed path, or one the page before links to. */
async function pages(page: Page): Promise<[string, string][]> {
  await page.goto(`${base}/t/demo/runs?sort=highest&key=test/auc`);
  const run = await page.getByRole('table').getByRole('link').first().getAttribute('href');
  // The Wide & Deep ablation: the demo's first study to finish.
  const answer = await page.request.post(`${base}/api/graphql`, {
    headers: { 'x-phaselab-team': 'demo' },
    data: { query: '{ findings { group { id name } } }' },
  });
  const groups = ((await answer.json()).data?.findings ?? []).map((f: { group: { id: string; name: string } }) => f.group);
  const group = groups.find((g: { name: string }) => g.name === 'Wide & Deep ablation');
  return [
    ['home', '/t/demo'],
    ['runs', '/t/demo/runs'],
    ...(run ? [['run', run] as [string, string]] : []),
    ['compare', group ? `/t/demo/compare?group=${group.id}` : '/t/demo/compare'],
    ['findings', '/t/demo/findings'],
    ['rules', '/t/demo/rules'],
    ['models', '/t/demo/models'],
  ];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${base}/signin`);
      await page.getByLabel('Email').fill('demo@phaselab.dev');
      await page.getByLabel('Password').fill('phaselab-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/t\//);
      for (const [name, route] of await pages(page)) {
        await page.goto(`${base}${route}`);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(out, `${name}-${width}-${theme}.png`), fullPage: true });
        console.log(`${name} at ${width} px, ${theme}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
