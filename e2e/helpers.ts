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
