import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO = { email: 'demo@phaselab.dev', password: 'phaselab-demo' };

export function uniqueEmail(name: string) {
  return `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export async function signUp(page: Page, name: string, email: string, password = 'correct horse battery') {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** The verification link mailed to an address: with no SMTP server, `npm start` keeps mail in its outbox folder. */
export async function mailedLink(email: string): Promise<string> {
  const outbox = path.join('.data', 'e2e', 'outbox');
  let link: string | undefined;
  await expect
    .poll(() => {
      const files = fs.existsSync(outbox)
        ? fs
            .readdirSync(outbox)
            .filter((f) => f.endsWith('.json'))
            .sort()
            .reverse()
        : [];
      const mail = files.map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), 'utf8'))).find((m) => m.to === email);
      link = mail && /(http\S+\/verify\?\S+)/.exec(mail.text)?.[1];
      return Boolean(link);
    })
    .toBe(true);
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/t\//);
}

/** Chooses the first option whose text matches: other journeys share the demo team and may add dataset versions. */
export async function selectMatching(select: Locator, text: RegExp) {
  const option = select.locator('option').filter({ hasText: text }).first();
  await select.selectOption((await option.getAttribute('value'))!);
}
