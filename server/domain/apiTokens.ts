import { z } from 'zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { apiTokens } from '../../db/schema';
import { hasPermission, roleAtMost } from '../../lib/permissions';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/secrets';
import { ForbiddenError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { apiTokenInput } from '../../lib/inputs';
import { parseInput } from './validation';

export type ApiToken = typeof apiTokens.$inferSelect;

/** The secret is returned once; only its hash is stored. */
export async function createApiToken(scope: Scope, input: unknown): Promise<{ apiToken: ApiToken; secret: string }> {
  authorize(scope, 'tokens:create');
  if (scope.tokenId) throw new ForbiddenError('An API token cannot create API tokens: sign in to create one.');
  const { name, role } = parseInput(apiTokenInput, input);
  if (!roleAtMost(role, scope.role)) throw new ForbiddenError(`A token cannot carry a role (${role}) above yours (${scope.role}).`);
  const secret = newSecret(API_TOKEN_PREFIX);
  return scope.db.transaction(async (tx) => {
    const [apiToken] = await tx
      .insert(apiTokens)
      .values({
        teamId: scope.team.id,
        name,
        role,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        secretHash: hashSecret(secret),
        createdBy: scope.user.id,
      })
      .returning();
    await recordAudit(tx, scope, { action: 'api_token.create', targetType: 'api_token', targetId: apiToken!.id, details: { name, role } });
    return { apiToken: apiToken!, secret };
  });
}

/** Admins see every token of the team; everyone else sees their own. */
function visibleTokens(scope: Scope) {
  return and(
    ownedBy(scope, apiTokens.teamId),
    hasPermission(scope.role, 'tokens:manage') ? undefined : eq(apiTokens.createdBy, scope.user.id),
  );
}

export async function listApiTokens(scope: Scope, args: PageArgs) {
  authorize(scope, 'tokens:create');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  const rows = await scope.db
    .select()
    .from(apiTokens)
    .where(
      and(
        visibleTokens(scope),
        after ? sql`(${apiTokens.createdAt}, ${apiTokens.id}) < (${after.key}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(limit + 1);
  return toConnection(rows, limit, (t) => ({ key: t.createdAt.toISOString(), id: t.id }));
}

export async function revokeApiToken(scope: Scope, id: string): Promise<ApiToken> {
  authorize(scope, 'tokens:create');
  parseInput(z.uuid('not a token id'), id);
  return scope.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
      .where(and(visibleTokens(scope), eq(apiTokens.id, id)))
      .returning();
    if (!revoked) throw new NotFoundError('API token');
    await recordAudit(tx, scope, { action: 'api_token.revoke', targetType: 'api_token', targetId: id, details: { name: revoked.name } });
    return revoked;
  });
}
