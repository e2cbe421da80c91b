/**
 * Input rules shared by the domain (which enforces them) and the UI (which shows them inline before a
 * round trip). Pure: imports nothing that touches the database.
 */
import { z } from 'zod';
import { roles } from './permissions';
import { phaseNames } from './phases/spec';

export const NUL = 'may not contain a NUL character';
/** Text Postgres can store: no NUL character. */
export const storableText = z.string().refine((s) => !s.includes('\u0000'), NUL);

export const emailField = z.email('enter a valid email address').transform((e) => e.trim().toLowerCase());
/** A UUID as the database stores ids, checked before a lookup could fail on its cast. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const passwordField = z.string().min(10, 'use at least 10 characters').max(200, 'use at most 200 characters');

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(200),
  newPassword: passwordField,
});

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

export const annotationKinds = ['band', 'marker'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** A person's mark on a run's curves: a band spans start to end epochs, a marker sits at start. */
export const annotationInput = z
  .object({
    kind: z.enum(annotationKinds),
    label: z.string().trim().min(1, 'give it a label').max(60, 'use at most 60 characters'),
    start: z.number('enter an epoch').min(0, 'epochs start at 0'),
    end: z.number().min(0, 'epochs start at 0').nullish(),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #f59e0b')
      .default('#f59e0b'),
    note: z.string().max(2000, 'use at most 2000 characters').default(''),
    /** Set on a band that corrects the detector's boundaries of this phase. */
    phase: z.enum(phaseNames).nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'band' && (a.end == null || a.end <= a.start))
      ctx.addIssue({ code: 'custom', message: 'a band ends after it starts', path: ['end'] });
    if (a.kind === 'marker' && a.phase != null)
      ctx.addIssue({ code: 'custom', message: 'only a band can correct a phase', path: ['phase'] });
  });
