/** Text lines to bytes, in chunks the ingest path reads like an upload. */
export async function* asBytes(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<Buffer> {
  let buffered: string[] = [];
  let size = 0;
  for await (const line of lines) {
    buffered.push(line);
    size += line.length + 1;
    if (size >= 64 * 1024) {
      yield Buffer.from(buffered.join('\n') + '\n');
      buffered = [];
      size = 0;
    }
  }
  if (buffered.length) yield Buffer.from(buffered.join('\n') + '\n');
}
