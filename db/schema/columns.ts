import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';
import { teams } from './teams';

/** Columns every team-owned table spells the same way. */
export const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
export const teamId = () =>
  uuid('team_id')
    .notNull()
    .references(() => teams.id, { onDelete: 'cascade' });
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
