/**
 * The two dataset endpoints that move bytes, which GraphQL is poor at: the multipart upload and the download of an
 * original file. Both authenticate like GraphQL (session cookie or `Authorization: Bearer`), and take the team from
 * the X-Phaselab-Team header or a `team` query parameter (a download link cannot set headers).
 */
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { getDb, type Database } from '../../db/client';
import { principalFromRequest } from '../auth/principal';
import { openOriginal, stageUpload, type DatasetUpload } from '../domain/datasets';
import { AppError, InvalidInputError } from '../errors';
import { TEAM_HEADER } from '../graphql/context';
import { resolveScope, type Scope } from '../tenancy/scope';

async function scopeOf(db: Database, request: Request): Promise<Scope> {
  const team = request.headers.get(TEAM_HEADER) ?? new URL(request.url).searchParams.get('team');
  return resolveScope(db, await principalFromRequest(db, request), team);
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

function errorBody(error: unknown) {
  if (error instanceof AppError) return { message: error.message, ...error.extensions };
  console.error(error);
  return { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
}

function errorResponse(error: unknown): Response {
  const body = errorBody(error);
  return Response.json({ error: body }, { status: STATUS[String(body.code)] ?? 500 });
}

export function uploadSummary(upload: DatasetUpload) {
  const { id, filename, format, compressed, bytes, rowCount, columns, inferredSchema } = upload;
  return { id, filename, format, compressed, bytes, rowCount, columns, inferredSchema };
}

interface FilePart {
  filename: string;
  format: string | null;
  stream: Readable;
}

/** Waits for the first file part of a multipart body; fields sent before it (`format`) come along. */
function firstFile(request: Request): Promise<FilePart> {
  return new Promise((resolve, reject) => {
    if (!request.body || !request.headers.get('content-type')?.startsWith('multipart/form-data')) {
      return reject(new InvalidInputError('send the file as multipart/form-data, in a field named "file"'));
    }
    const fields: Record<string, string> = {};
    const parser = busboy({ headers: Object.fromEntries(request.headers), limits: { files: 1, fields: 10, fieldSize: 1000 } });
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (_name, stream, info) => resolve({ filename: fields.filename || info.filename || '', format: fields.format || null, stream }));
    parser.on('close', () => reject(new InvalidInputError('the request carries no file; send it in a multipart field named "file"')));
    parser.on('error', () => reject(new InvalidInputError('the multipart body is malformed')));
    Readable.fromWeb(request.body as import('node:stream/web').ReadableStream).pipe(parser);
  });
}

/**
 * POST a file; answers `{ upload }` or `{ error }`. With `Accept: application/x-ndjson` the answer streams one JSON
 * line per progress step (`{ progress: { bytes, rows } }`) before the final line, for a live progress bar.
 */
export function createUploadHandler(database: () => Database = getDb) {
  return async (request: Request): Promise<Response> => {
    const db = database();
    let scope: Scope;
    let file: FilePart;
    try {
      scope = await scopeOf(db, request);
      file = await firstFile(request);
    } catch (error) {
      return errorResponse(error);
    }
    const stage = (onProgress?: (p: { bytes: number; rows: number }) => void) =>
      stageUpload(scope, { filename: file.filename, format: file.format, source: file.stream, onProgress }).finally(() => file.stream.resume());

    if (!request.headers.get('accept')?.includes('application/x-ndjson')) {
      try {
        return Response.json({ upload: uploadSummary(await stage()) }, { status: 201 });
      } catch (error) {
        return errorResponse(error);
      }
    }
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
        let last = 0;
        try {
          const upload = await stage((progress) => {
            if (Date.now() - last < 200) return;
            last = Date.now();
            send({ progress });
          });
          send({ upload: uploadSummary(upload) });
        } catch (error) {
          send({ error: errorBody(error) });
        }
        controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' } });
  };
}

/** GET the original file of a dataset version, exactly as it was uploaded. */
export function createDownloadHandler(database: () => Database = getDb) {
  return async (request: Request, versionId: string): Promise<Response> => {
    try {
      const { upload, chunks } = await openOriginal(await scopeOf(database(), request), versionId);
      const name = upload.compressed && !upload.filename.endsWith('.gz') ? `${upload.filename}.gz` : upload.filename;
      return new Response(Readable.toWeb(Readable.from(chunks)) as ReadableStream, {
        headers: {
          'content-type': upload.compressed ? 'application/gzip' : 'text/plain; charset=utf-8',
          'content-length': String(upload.bytes),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
