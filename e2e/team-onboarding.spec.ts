import { expect, test } from '@playwright/test';
import { mailedLink, signUp, uniqueEmail } from './helpers';

test('a new user signs up, creates a team, invites a colleague as a viewer who accepts and sees the team', async ({ page, browser }) => {
  const aliceEmail = uniqueEmail('alice');
  const bobEmail = uniqueEmail('bob');

  await page.goto('/signup');
  await signUp(page, 'Alice', aliceEmail, 'short');
  await expect(page.getByText('use at least 10 characters')).toBeVisible();
  await signUp(page, 'Alice', aliceEmail);
  await expect(page.getByTestId('verify-sent')).toContainText(aliceEmail);
  // The link mailed to her verifies the address and signs her in.
  await page.goto(await mailedLink(aliceEmail));

  await expect(page).toHaveURL(/\/teams\/new/);
  await page.getByLabel('Team name').fill('x');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByText('use at least 2 characters')).toBeVisible();
  await page.getByLabel('Team name').fill('Onboarding Lab');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(/\/t\/onboarding-lab/);
  await expect(page.getByRole('heading', { name: 'Onboarding Lab' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Invitations' })).toBeVisible();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByText('enter a valid email address')).toBeVisible();
  await page.getByLabel('Email').fill(bobEmail);
  await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
  await page.getByRole('button', { name: 'Invite' }).click();
  const inviteUrl = (await page.getByTestId('invite-link').textContent())!.trim();
  expect(inviteUrl).toContain('/invite/inv_');

  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await bob.goto(inviteUrl);
  await expect(bob.getByText(`invited ${bobEmail}`)).toBeVisible();
  await bob.getByRole('button', { name: 'Create account' }).click();
  // The invited address comes along.
  await expect(bob.getByLabel('Email')).toHaveValue(bobEmail);
  await signUp(bob, 'Bob', bobEmail);
  await expect(bob.getByTestId('verify-sent')).toBeVisible();
  await bob.goto(await mailedLink(bobEmail));
  await expect(bob).toHaveURL(/\/invite\//);
  await bob.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(bob).toHaveURL(/\/t\/onboarding-lab/);
  await expect(bob.getByRole('heading', { name: 'Onboarding Lab' })).toBeVisible();
  // A viewer is offered what a viewer can do, and told why the rest is closed.
  await expect(bob.getByRole('link', { name: /Read the findings/ })).toBeVisible();
  await expect(bob.getByRole('link', { name: /Launch a sweep/ })).toHaveCount(0);
  await bob.goto(bob.url().replace(/\/t\/([^/]+).*/, '/t/$1/runs/new'));
  await expect(bob.getByText('Your role in Onboarding Lab (viewer) may not start runs.', { exact: false })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Start run' })).toHaveCount(0);
  await bob.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(bob.getByTestId('member-row')).toHaveCount(2);
  await expect(bob.getByText(aliceEmail)).toBeVisible();
  await bobContext.close();

  await page.reload();
  await expect(page.getByText('accepted')).toBeVisible();
});
