import { chromium } from '@playwright/test';
const base = 'http://localhost:3300';
const out = process.argv[2] ?? '/tmp/shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/signin`);
await page.getByLabel('Email').fill('demo@phaselab.dev');
await page.getByLabel('Password').fill('phaselab-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/\/t\//);
await page.goto(`${base}/t/demo/models`);
await page.getByRole('table').waitFor();
await page.screenshot({ path: `${out}/models.png` });
for (const [name, file] of [['Noise sweep (pre-trained) · noise.rate=0.2', 'pretrained-noise-20'], ['Random init · noise 0.2', 'random-noise-20'], ['Noise sweep (pre-trained) · noise.rate=0.3', 'pretrained-noise-30']]) {
  await page.goto(`${base}/t/demo/runs`);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('figure', { name: 'Scores' }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/${file}.png`, fullPage: true });
}
await browser.close();
