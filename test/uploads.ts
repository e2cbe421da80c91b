import type { Database } from '../db/client';
import { createDownloadHandler, createUploadHandler } from '../server/http/datasetFiles';
import { authHeaders, type Caller } from './graphqlClient';

export interface UploadAnswer {
  status: number;
  upload?: { id: string; rowCount: number; columns: string[]; inferredSchema: { taskType: string; labelColumn: string | null } };
  error?: { message: string; code: string; line?: number | null; column?: string | null };
}

/** Posts a file through the real multipart endpoint, as the UI and scripts do. */
export function uploader(db: Database) {
  const handler = createUploadHandler(() => db);
  return async function upload(
    caller: Caller,
    team: string,
    filename: string,
    content: string | Buffer,
    fields: Record<string, string> = {},
  ): Promise<UploadAnswer> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), filename);
    const response = await handler(
      new Request('http://localhost/api/datasets/uploads', { method: 'POST', headers: await authHeaders(caller, team), body: form }),
    );
    return { status: response.status, ...((await response.json()) as object) };
  };
}

export function downloader(db: Database) {
  const handler = createDownloadHandler(() => db);
  return async (caller: Caller, team: string, versionId: string) =>
    handler(
      new Request(`http://localhost/api/datasets/versions/${versionId}/original`, { headers: await authHeaders(caller, team) }),
      versionId,
    );
}
