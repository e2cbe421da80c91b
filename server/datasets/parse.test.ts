import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { parseRecords, formatFromFilename, type Format } from './parse';
import { inferSchema } from './schema';
import { statsAccumulator } from './stats';
import type { Limits } from './limits';

const limits: Limits = {
  maxBytes: 1024 * 1024,
  maxLineBytes: 200,
  maxColumns: 5,
  maxRows: 1000,
  maxGzipRatio: 100,
  maxSeconds: 60,
  idleSeconds: 30,
  perUser: 2,
  perTeam: 4,
};

async function parse(content: string | Buffer, format: Format, over: Partial<Limits> = {}) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const out = [];
  for await (const r of parseRecords(decodeText([bytes], { ...limits, ...over }), format, { ...limits, ...over })) out.push(r);
  return out;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parsing', () => {
  it('reads CSV with quotes, blank cells as missing, and gzip transparently', async () => {
    const csv = 'text,label\n"hello, ""world""",greet\n,other\n';
    const rows = await parse(gzipSync(csv), 'csv');
    expect(rows.map((r) => r.values)).toEqual([
      [
        ['text', 'hello, "world"'],
        ['label', 'greet'],
      ],
      [
        ['text', null],
        ['label', 'other'],
      ],
    ]);
    expect(rows[1]!.line).toBe(3);
  });

  it('keeps the header order, numeric names included, and numbers a record by its first line', async () => {
    const rows = await parse('name,2019,1\n"multi\nline",a,b\n\n\nlast,c,d\n', 'csv');
    expect(rows.map((r) => [r.line, r.values.map(([name]) => name)])).toEqual([
      [2, ['name', '2019', '1']],
      [6, ['name', '2019', '1']],
    ]);
  });

  it('reads TSV without quoting rules, as TSV has none', async () => {
    const rows = await parse('text\tlabel\nsaid "hi" twice\tx\n', 'tsv');
    expect(rows[0]!.values).toEqual([
      ['text', 'said "hi" twice'],
      ['label', 'x'],
    ]);
  });

  it('names the line of a ragged row, an unclosed quote, a bad JSON line and a tagless CoNLL token', async () => {
    await expect(parse('a,b\n1,2\n3\n', 'csv')).rejects.toThrow(/^line 3: .*ragged/);
    await expect(parse('a,b\n1,"2\n3,4\n', 'csv')).rejects.toThrow(/^line 2: .*unbalanced quotes/);
    await expect(parse('a,b\n1,2\n\n\n3,"4\n5,6\n', 'csv')).rejects.toThrow(/^line 5: .*unbalanced quotes/);
    await expect(parse('{"a":1}\n{oops}\n', 'jsonl')).rejects.toThrow(/^line 2: not valid JSON/);
    await expect(parse('EU B-ORG\nrejects\n', 'conll')).rejects.toThrow(/^line 2: "rejects" has no tag column/);
  });

  it('refuses invalid UTF-8, binary data, long lines and too many columns', async () => {
    await expect(parse(Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x0a]), 'text')).rejects.toThrow(/^line 2: the file is not valid UTF-8/);
    // A character split across chunks, then a bad byte at the start of line 4: still the right line.
    const euro = Buffer.from('€');
    const chunks = [
      Buffer.concat([Buffer.from('a\n'), euro.subarray(0, 1)]),
      Buffer.concat([euro.subarray(1), Buffer.from('\nb\n'), Buffer.from([0xff])]),
    ];
    await expect(collect(decodeText(chunks, limits))).rejects.toThrow(/^line 4: the file is not valid UTF-8/);
    // Gzip's magic number split over two one-byte chunks is still recognised.
    const gz = gzipSync('text\n');
    expect((await collect(decodeText([gz.subarray(0, 1), gz.subarray(1)], limits))).join('')).toBe('text\n');
    await expect(parse('a\nb\u0000c\n', 'text')).rejects.toThrow(/^line 2: the file contains binary data/);
    await expect(parse(`short\n${'x'.repeat(300)}\n`, 'text')).rejects.toThrow(/^line 2: the line is longer/);
    // The limit is in bytes: 120 two-byte characters are 240 bytes.
    await expect(parse(`short\n${'é'.repeat(120)}\n`, 'text')).rejects.toThrow(/^line 2: the line is longer/);
    await expect(parse('a,b,c,d,e,f\n1,2,3,4,5,6\n', 'csv')).rejects.toThrow(/6 columns; the limit is 5/);
    await expect(parse('x'.repeat(100), 'text', { maxBytes: 50, maxLineBytes: 1000 })).rejects.toThrow(/larger than the limit/);
  });

  it('reads CoNLL sentences, skipping -DOCSTART-, and infers token classification', async () => {
    const rows = await parse('-DOCSTART- -X- O O\n\nEU NNP B-ORG\nrejects VBZ O\n\nPeter B-PER\n', 'conll');
    expect(rows.map((r) => r.values)).toEqual([
      [
        ['tokens', ['EU', 'rejects']],
        ['tags', ['B-ORG', 'O']],
      ],
      [
        ['tokens', ['Peter']],
        ['tags', ['B-PER']],
      ],
    ]);
    expect(inferSchema('conll', ['tokens', 'tags'], []).taskType).toBe('token_classification');
  });

  it('infers text classification with the label column, and column types for tabular data', async () => {
    const text = inferSchema(
      'csv',
      ['message', 'label'],
      [
        ['win a free cruise now, reply yes', 'spam'],
        ['are we still on for lunch today', 'ham'],
      ],
    );
    expect(text).toMatchObject({ taskType: 'text_classification', labelColumn: 'label' });
    const tabular = inferSchema(
      'csv',
      ['age', 'country', 'installed'],
      [
        ['31', 'FR', '1'],
        ['45', 'DE', '0'],
      ],
    );
    // A last column of a few numeric values reads as classes: the label.
    expect(tabular).toMatchObject({ taskType: 'tabular', labelColumn: 'installed' });
    expect(tabular.columns.map((c) => c.type)).toEqual(['numeric', 'categorical', 'categorical']);
    const unlabeled = inferSchema(
      'csv',
      ['age', 'income'],
      Array.from({ length: 20 }, (_, i) => [String(20 + i), String(1000 * i)]),
    );
    expect(unlabeled.labelColumn).toBeNull();
    expect(formatFromFilename('data.TSV.gz')).toBe('tsv');
  });

  it('counts entities and recognises the tag scheme', () => {
    const stats = statsAccumulator({
      taskType: 'token_classification',
      columns: [
        { name: 'tokens', type: 'tokens' },
        { name: 'tags', type: 'tags' },
      ],
      labelColumn: 'tags',
    });
    stats.add([
      ['New', 'York', 'is', 'big'],
      ['B-LOC', 'I-LOC', 'O', 'O'],
    ]);
    stats.add([['Ann'], ['B-PER']]);
    expect(stats.result().tokens).toEqual({ count: 5, tagScheme: 'IOB2', entities: { LOC: 1, PER: 1 } });
  });
});
