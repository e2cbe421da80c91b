/**
 * Files an outside run logs as artifacts (MLflow's proxied artifact store), kept in Postgres beside the built-in
 * runs' checkpoints, so a run's `artifact_uri` works without S3. A file's path is `<experiment>/<run>/artifacts/<path>`;
 * it is stored under the name `files/<path>`.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import { runArtifacts } from '../../db/schema';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { readableRun, writableRun } from './externalRuns';

const PREFIX = 'files/';

/** `<experiment>/<run>/artifacts[/<path>]` split, the path checked: no empty, `.` or `..` segments. */
export function parseArtifactPath(path: string): { runId: string; file: string } {
  const parts = path.split('/').filter((p, i) => p !== '' || i === 0);
  const [, runId, root, ...rest] = parts;
  if (!runId || root !== 'artifacts') throw new NotFoundError(`Artifact '${path}'`);
  if (rest.some((p) => p === '.' || p === '..' || p.includes('\\') || p.includes('\u0000')))
    throw new InvalidInputError(`Invalid artifact path: '${path}'`, 'path');
  const file = rest.join('/');
  if (file.length > 1000) throw new InvalidInputError('artifact paths may be at most 1,000 characters', 'path');
  return { runId, file };
}

export async function putTrackedArtifact(scope: Scope, path: string, data: Buffer): Promise<void> {
  const { runId, file } = parseArtifactPath(path);
  if (!file) throw new InvalidInputError("name a file under the run's artifacts", 'path');
  await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, runId, tx);
    await tx
      .insert(runArtifacts)
      .values({ runId: run.id, teamId: run.teamId, name: PREFIX + file, epoch: 0, data, bytes: data.length })
      .onConflictDoUpdate({ target: [runArtifacts.runId, runArtifacts.name], set: { data, bytes: data.length, createdAt: sql`now()` } });
  });
}

export async function getTrackedArtifact(scope: Scope, path: string): Promise<Buffer> {
  const { runId, file } = parseArtifactPath(path);
  const run = await readableRun(scope, runId);
  const [found] = await scope.db
    .select({ data: runArtifacts.data })
    .from(runArtifacts)
    .where(and(ownedBy(scope, runArtifacts.teamId), eq(runArtifacts.runId, run.id), eq(runArtifacts.name, PREFIX + file)));
  if (!found) throw new NotFoundError(`Artifact '${path}'`);
  return found.data;
}

export async function deleteTrackedArtifact(scope: Scope, path: string): Promise<void> {
  const { runId, file } = parseArtifactPath(path);
  await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, runId, tx);
    const folder = `${PREFIX}${file}/`.replace(/[\\%_]/g, (c) => `\\${c}`);
    await tx
      .delete(runArtifacts)
      .where(
        and(eq(runArtifacts.runId, run.id), sql`(${runArtifacts.name} = ${PREFIX + file} or ${like(runArtifacts.name, `${folder}%`)})`),
      );
  });
}

/** MLflow's artifacts/list: the files and folders under `dir` of a run's artifacts, named from the artifact root. */
export async function listRunArtifacts(scope: Scope, run: { id: string }, experimentId: string, dir: string) {
  const folder = dir.replace(/^\/+|\/+$/g, '');
  const files = await listTrackedArtifacts(scope, `${experimentId || '0'}/${run.id}/artifacts${folder ? `/${folder}` : ''}`);
  return files.map((f) => ({ ...f, path: folder ? `${folder}/${f.path}` : f.path }));
}

/** The files and folders directly under a path of a run's artifacts, by name (MLflow's proxy answers base names). */
export async function listTrackedArtifacts(scope: Scope, path: string): Promise<{ path: string; is_dir: boolean; file_size?: number }[]> {
  authorize(scope, 'runs:read');
  if (!path.replace(/\/+$/, '').includes('/')) return [];
  const { runId, file } = parseArtifactPath(path);
  const run = await readableRun(scope, runId);
  const folder = file ? `${file}/` : '';
  const rows = await scope.db
    .select({ name: runArtifacts.name, bytes: runArtifacts.bytes })
    .from(runArtifacts)
    .where(
      and(
        ownedBy(scope, runArtifacts.teamId),
        eq(runArtifacts.runId, run.id),
        like(runArtifacts.name, `${(PREFIX + folder).replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
      ),
    );
  const entries = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
  for (const row of rows) {
    const rest = row.name.slice(PREFIX.length + folder.length);
    const [head, ...deeper] = rest.split('/');
    entries.set(head!, deeper.length ? { path: head!, is_dir: true } : { path: head!, is_dir: false, file_size: row.bytes });
  }
  return [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
}
