import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DatasetFormatError, type Limits } from './limits';

/** Decompressed text may be this many times the upload limit: generous for real data, a wall against zip bombs. */
const MAX_EXPANSION = 5;

/**
 * Bytes in, checked UTF-8 text out. Gunzips when the bytes start with gzip's magic number; refuses a file over the
 * size limit, invalid UTF-8, binary data (NUL bytes) and a line over the line limit, naming the line.
 */
export async function* decodeText(source: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>, limits: Limits): AsyncGenerator<string> {
  const bytes = withSizeLimit(source, limits.maxBytes, `the file is larger than the limit of ${formatBytes(limits.maxBytes)}`);
  const first = await bytes.next();
  if (first.done) return;
  let content: AsyncIterable<Buffer> = prepend(Buffer.from(first.value), bytes);
  if (first.value[0] === 0x1f && first.value[1] === 0x8b) {
    content = withSizeLimit(gunzip(content), limits.maxBytes * MAX_EXPANSION, 'the file expands to more than the size limit once decompressed');
  }

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineBytes = 0;
  const check = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineBytes = 0;
      } else if (c === 0) {
        throw new DatasetFormatError('the file contains binary data; upload a text file (CSV, TSV, JSON Lines, CoNLL or plain text)', line);
      } else if (++lineBytes > limits.maxLineBytes) {
        throw new DatasetFormatError(`the line is longer than the limit of ${formatBytes(limits.maxLineBytes)}`, line);
      }
    }
    return text;
  };
  for await (const chunk of content) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const at = firstInvalidByte(chunk);
      const before = chunk.subarray(0, at).reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);
      throw new DatasetFormatError('the file is not valid UTF-8 text (save it as UTF-8 and upload again)', line + before);
    }
    yield check(text);
  }
  try {
    yield check(decoder.decode());
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError('the file ends in the middle of a UTF-8 character', line);
  }
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

async function* withSizeLimit<T extends Uint8Array>(source: AsyncIterable<T> | Iterable<T>, max: number, message: string): AsyncGenerator<T> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > max) throw new DatasetFormatError(message);
    yield chunk;
  }
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(next.value);
}

async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const stream = createGunzip();
  // pipeline (unlike pipe) hands an error of the source on to the gunzip stream, so the loop below sees it.
  pipeline(Readable.from(source), stream, () => {});
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError('the file looks gzip-compressed but cannot be decompressed');
  }
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
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}
