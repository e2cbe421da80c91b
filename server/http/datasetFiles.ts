/**
 * The two dataset endpoints that move bytes, which GraphQL is poor at: the multipart upload and the download of an
 * original file. Both authenticate like GraphQL (session cookie or `Authorization: Bearer`), and take the team from
 * the X-Phaselab-Team header or a `team` query parameter (a download link cannot set headers).
 */
import { pipeline, Readable } from 'node:stream';
import busboy from 'busboy';
import { getDb, type Database } from '../../db/client';
import { DatasetFormatError, uploadLimits } from '../datasets/limits';
import { getVersion } from '../domain/datasets';
import { openOriginal, stageUpload, type DatasetUpload } from '../domain/datasetUploads';
import { InvalidInputError } from '../errors';
import { TEAM_HEADER } from '../graphql/context';
import type { Scope } from '../tenancy/scope';
import { attachmentHeaders, errorBody, errorResponse, scopeOf } from './requests';

export function uploadSummary(upload: DatasetUpload) {
  const { id, filename, format, compressed, bytes, rowCount, columns, inferredSchema } = upload;
  return { id, filename, format, compressed, bytes, rowCount, columns, inferredSchema };
}

interface FilePart {
  filename: string;
  format: string | null;
  stream: Readable;
  /** Stops reading the request: the upload has ended, well or not. */
  release(): void;
}

class StalledUpload extends Error {}

/**
 * Waits for the first file part of a multipart body; fields sent before it (`format`) come along. A client that sends
 * nothing for `idleSeconds` (before the file or within it) is dropped: a stalled upload must hold nothing for long.
 */
function firstFile(request: Request, idleSeconds: number): Promise<FilePart> {
  return new Promise((resolve, reject) => {
    if (!request.body || !request.headers.get('content-type')?.startsWith('multipart/form-data')) {
      return reject(new InvalidInputError('send the file as multipart/form-data, in a field named "file"'));
    }
    const fields: Record<string, string> = {};
    let file: Readable | undefined;
    const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
    // Paused means waiting on us (the database), not on the client.
    const idle = setTimeout(() => (body.isPaused() ? idle.refresh() : body.destroy(new StalledUpload())), idleSeconds * 1000);
    body.on('data', () => idle.refresh()).on('close', () => clearTimeout(idle));
    const parser = busboy({
      headers: Object.fromEntries(request.headers),
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 10, fieldSize: 1000 },
    });
    parser.on('field', (name, value) => (fields[name] = value));
    let released = false;
    const release = () => {
      released = true;
      clearTimeout(idle);
      // Tearing the request down fails the streams still reading it; nobody listens to them any more.
      for (const stream of [body, parser, file]) stream?.on('error', () => {});
      body.destroy();
    };
    parser.on('file', (_name, stream, info) => {
      file = stream;
      resolve({ filename: fields.filename || info.filename || '', format: fields.format || null, stream, release });
    });
    parser.on('close', () => reject(new InvalidInputError('the request carries no file; send it in a multipart field named "file"')));
    // A client that goes away (or stalls) mid-upload fails the file stream, so that ingest stops and cleans up.
    pipeline(body, parser, (error) => {
      // After release, the upload has its answer: the stream's end is ours, not an error to report.
      if (!error || released) return;
      const reason = error instanceof StalledUpload ? stalled(idleSeconds) : 'the multipart body is malformed or was cut short';
      file?.destroy(error);
      reject(new InvalidInputError(reason));
    });
  });
}

const stalled = (idleSeconds: number) => `the upload stalled: nothing arrived for ${idleSeconds} s`;

/** The file's bytes as they arrive; a failure here is the transport's (the client went away or stalled), not the file's. */
async function* transported(stream: Readable, idleSeconds: number): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new DatasetFormatError(
      error instanceof StalledUpload ? stalled(idleSeconds) : 'the upload was cut short before the end of the file',
    );
  }
}

/**
 * POST a file; answers `{ upload }` or `{ error }`. With `Accept: application/x-ndjson` the answer streams one JSON
 * line per progress step (`{ progress: { bytes, rows } }`) before the final line, for a live progress bar.
 */
export function createUploadHandler(database: () => Database = getDb) {
  return async (request: Request): Promise<Response> => {
    const db = database();
    const { idleSeconds } = uploadLimits();
    let scope: Scope;
    let file: FilePart;
    try {
      scope = await scopeOf(db, request);
      // A cross-site form can post a file with the user's cookie, but cannot set headers: demand one.
      if (scope.tokenId === null && !request.headers.get(TEAM_HEADER))
        throw new InvalidInputError(`send the ${TEAM_HEADER} header naming the team`);
      file = await firstFile(request, idleSeconds);
    } catch (error) {
      return errorResponse(error);
    }
    const stage = (onProgress?: (p: { bytes: number; rows: number }) => void) =>
      stageUpload(scope, {
        filename: file.filename,
        format: file.format,
        source: transported(file.stream, idleSeconds),
        onProgress,
      }).finally(() => file.release());

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
      const scope = await scopeOf(database(), request);
      const { upload, chunks } = await openOriginal(scope, (await getVersion(scope, versionId)).uploadId);
      const name = upload.compressed && !upload.filename.endsWith('.gz') ? `${upload.filename}.gz` : upload.filename;
      return new Response(Readable.toWeb(Readable.from(chunks)) as ReadableStream, {
        headers: attachmentHeaders(name, upload.compressed ? 'application/gzip' : 'text/plain; charset=utf-8', upload.bytes),
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
