import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DatasetFormatError, type Limits } from './limits';

/** Decompressed text may be this many times the upload limit: generous for real data, a wall against zip bombs. */
const MAX_EXPANSION = 5;
/** Below this much decompressed output the expansion ratio is not judged: a tiny file may compress oddly well. */
const RATIO_FREE_BYTES = 64 * 1024;

type Bytes = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Bytes in, checked UTF-8 text out. Gunzips when the bytes start with gzip's magic number; refuses a file over the
 * size limit, invalid UTF-8, binary data (NUL bytes) and a line over the line limit, naming the line.
 */
export async function* decodeText(
  source: Bytes,
  limits: Limits,
  events: { onCompression?: (gzip: boolean) => void } = {},
): AsyncGenerator<string> {
  const sized = withSizeLimit(source, limits.maxBytes, `the file is larger than the limit of ${formatBytes(limits.maxBytes)}`);
  // The magic number is two bytes, and a first chunk may be shorter.
  let head = Buffer.alloc(0);
  let next = await sized.next();
  while (!next.done && head.length < 2) {
    head = Buffer.concat([head, next.value]);
    if (head.length < 2) next = await sized.next();
  }
  if (head.length === 0) return;
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  events.onCompression?.(gzip);
  const rest = next.done ? (async function* () {})() : sized;
  let content: AsyncIterable<Uint8Array> = prepend(head, rest);
  if (gzip) {
    const inflating = gunzip(content);
    content = withSizeLimit(
      inflating.chunks,
      limits.maxBytes * MAX_EXPANSION,
      'the file expands to more than the size limit once decompressed',
      (total) => {
        // Judged as it inflates, against the compressed bytes read so far: a bomb is refused after a few hundred
        // kilobytes, not after minutes of rows.
        const read = inflating.compressedBytes();
        if (total > RATIO_FREE_BYTES && total > limits.maxGzipRatio * read) {
          throw new DatasetFormatError(
            `the file expands more than ${limits.maxGzipRatio}× once decompressed (${formatBytes(read)} to over ${formatBytes(total)}), far beyond what real data does; upload it uncompressed if it is real`,
          );
        }
      },
    );
  }

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineBytes = 0;
  let tail: Uint8Array = new Uint8Array(0);
  const check = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineBytes = 0;
        continue;
      }
      if (c === 0)
        throw new DatasetFormatError('the file contains binary data; upload a text file (CSV, TSV, JSON Lines, CoNLL or plain text)', line);
      // UTF-8 length from UTF-16 units: a surrogate pair (4 bytes) is two units of 2.
      lineBytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
      if (lineBytes > limits.maxLineBytes)
        throw new DatasetFormatError(`the line is longer than the limit of ${formatBytes(limits.maxLineBytes)}`, line);
    }
    return text;
  };
  for await (const chunk of content) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Locate the bad byte, counting from the start of a character the previous chunk left unfinished.
      const bytes = Buffer.concat([tail, chunk]);
      const at = firstInvalidByte(bytes);
      throw new DatasetFormatError(
        'the file is not valid UTF-8 text (save it as UTF-8 and upload again)',
        line + countNewlines(bytes.subarray(0, at)),
      );
    }
    tail = unfinishedCharacter(chunk);
    yield check(text);
  }
  try {
    yield check(decoder.decode());
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError('the file ends in the middle of a UTF-8 character', line);
  }
}

const countNewlines = (bytes: Uint8Array) => bytes.reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);

/** The last bytes of a chunk that start a multi-byte character and do not finish it. */
function unfinishedCharacter(chunk: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? chunk.subarray(chunk.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** The offset of the first byte that breaks UTF-8: valid prefixes only shrink, so a binary search finds it. */
function firstInvalidByte(bytes: Uint8Array): number {
  let [valid, invalid] = [0, bytes.length];
  while (invalid - valid > 1) {
    const mid = (valid + invalid) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      valid = mid;
    } catch {
      invalid = mid;
    }
  }
  return valid;
}

async function* withSizeLimit(source: Bytes, max: number, message: string, check?: (total: number) => void): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > max) throw new DatasetFormatError(message);
    check?.(total);
    yield chunk;
  }
}

async function* prepend(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Inflated chunks, and how many compressed bytes zlib has consumed so far (not merely received). */
function gunzip(source: AsyncIterable<Uint8Array>): { chunks: AsyncGenerator<Uint8Array>; compressedBytes: () => number } {
  const stream = createGunzip();
  async function* chunks() {
    // pipeline (unlike pipe) hands an error of the source on to the gunzip stream, so the loop below sees it.
    pipeline(Readable.from(source), stream, () => {});
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (error) {
      // Only zlib's own failures mean a bad file; anything else (the database, the network) stays what it is.
      if (String((error as { code?: unknown }).code ?? '').startsWith('Z_'))
        throw new DatasetFormatError('the file looks gzip-compressed but cannot be decompressed');
      throw error;
    } finally {
      stream.destroy();
    }
  }
  return { chunks: chunks(), compressedBytes: () => stream.bytesWritten };
}

/** Splits text chunks into lines (without their \n or \r\n), numbered from 1. */
export async function* lines(text: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let buffered = '';
  let line = 0;
  for await (const chunk of text) {
    buffered += chunk;
    let start = 0;
    for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n', start)) {
      yield { line: ++line, text: buffered.slice(start, at).replace(/\r$/, '') };
      start = at + 1;
    }
    buffered = buffered.slice(start);
  }
  if (buffered.length > 0) yield { line: ++line, text: buffered.replace(/\r$/, '') };
}

export function formatBytes(n: number) {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}
