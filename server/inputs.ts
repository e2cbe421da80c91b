/**
 * Input rules shared by the domain (which enforces them) and the UI (which shows them inline before a
 * round trip). Pure: imports nothing that touches the database.
 */
import { z } from 'zod';
import { roles } from './auth/permissions';

export const emailField = z.email('enter a valid email address').transform((e) => e.trim().toLowerCase());
export const passwordField = z.string().min(10, 'use at least 10 characters').max(200, 'use at most 200 characters');

export const signUpInput = z.object({
  email: emailField,
  password: passwordField,
  name: z.string().trim().min(1, 'enter your name').max(100, 'use at most 100 characters'),
});

export const teamNameInput = z.object({
  name: z.string().trim().min(2, 'use at least 2 characters').max(60, 'use at most 60 characters'),
});

export const invitationInput = z.object({ email: emailField, role: z.enum(roles) });

export const apiTokenInput = z.object({
  name: z.string().trim().min(1, 'name the token after what uses it').max(80, 'use at most 80 characters'),
  role: z.enum(roles),
});

export const memberRoleInput = z.object({ userId: z.uuid('not a member id'), role: z.enum(roles) });

export const datasetNameField = z.string().trim().min(1, 'name the dataset').max(100, 'use at most 100 characters');
export const datasetDescriptionField = z.string().trim().max(2000, 'use at most 2000 characters');
