import { pipeline, Readable } from 'node:stream';
import { parse as csvParser, CsvError, type Info, type InfoRecord } from 'csv-parse';
import type { Cell } from '../../db/datasetRows';
import { lines } from './decode';
import { DatasetFormatError, type Limits } from './limits';

export const formats = ['csv', 'tsv', 'jsonl', 'conll', 'text'] as const;
export type Format = (typeof formats)[number];

export type { Cell };
/** One record: the line it starts on and its cells as [column, value] pairs, in the file's column order. */
export type ParsedRecord = { line: number; values: [string, Cell][] };

/** A sentence longer than this is a file without blank lines between sentences, not a sentence. */
const MAX_SENTENCE_TOKENS = 10_000;

const extensions: Record<string, Format> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  conll: 'conll',
  iob: 'conll',
  bio: 'conll',
  bioes: 'conll',
  txt: 'text',
  text: 'text',
};

export function formatFromFilename(filename: string): Format | null {
  const parts = filename.toLowerCase().replace(/\.gz$/, '').split('.');
  return parts.length > 1 ? (extensions[parts.at(-1)!] ?? null) : null;
}

/** Streams the records of a decoded file, each with the line it starts on. */
export function parseRecords(text: AsyncIterable<string>, format: Format, limits: Limits): AsyncGenerator<ParsedRecord> {
  switch (format) {
    case 'csv':
      return parseDelimited(text, ',', limits);
    case 'tsv':
      return parseDelimited(text, '\t', limits);
    case 'jsonl':
      return parseJsonLines(text);
    case 'conll':
      return parseConll(text);
    case 'text':
      return parsePlainText(text);
  }
}

async function* parseDelimited(text: AsyncIterable<string>, delimiter: string, limits: Limits): AsyncGenerator<ParsedRecord> {
  // csv-parse finds records ahead of this loop: it notes each record's first line as it goes, in order.
  const position = { lastEnd: 0, emptyLines: 0 };
  const startOf = (info: Pick<Info, 'empty_lines'>) => position.lastEnd + 1 + info.empty_lines - position.emptyLines;
  const startLines: number[] = [];
  const parser = csvParser({
    delimiter,
    // TSV has no quoting: a quote character is data.
    quote: delimiter === '\t' ? false : '"',
    bom: true,
    skip_empty_lines: true,
    max_record_size: limits.maxLineBytes,
    on_record: (record: string[], info: InfoRecord) => {
      startLines.push(startOf(info));
      position.lastEnd = info.lines;
      position.emptyLines = info.empty_lines;
      return record;
    },
  });
  pipeline(Readable.from(text), parser, () => {});
  let header: string[] | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const line = startLines.shift()!;
      if (!header) {
        header = checkHeader(record, line, limits);
        continue;
      }
      yield { line, values: header.map((name, i) => [name, record[i] === '' ? null : record[i]!]) };
    }
  } catch (error) {
    throw csvError(error, startOf(parser.info));
  }
}

function checkHeader(header: string[], line: number, limits: Limits): string[] {
  if (header.length > limits.maxColumns)
    throw new DatasetFormatError(`the header has ${header.length} columns; the limit is ${limits.maxColumns}`, line);
  const seen = new Set<string>();
  return header.map((raw, i) => {
    const name = raw.trim();
    if (!name) throw new DatasetFormatError(`column ${i + 1} of the header has no name`, line);
    if (seen.has(name)) throw new DatasetFormatError(`the header names the column "${name}" twice`, line);
    seen.add(name);
    return name;
  });
}

/** csv-parse's errors, reworded for people and located at the line where the faulty record starts. */
function csvError(error: unknown, line: number): Error {
  if (error instanceof DatasetFormatError || !(error instanceof CsvError)) return error as Error;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const found = (error as unknown as { record?: unknown[] }).record?.length;
      return new DatasetFormatError(
        `the row has ${found ?? 'a different number of'} fields, not as many as the header (a ragged row)`,
        line,
      );
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DatasetFormatError('a quoted field opened on this line is never closed (unbalanced quotes)', line);
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new DatasetFormatError('a character follows a closing quote; quotes inside a quoted field are written twice ("")', line);
    case 'CSV_MAX_RECORD_SIZE':
      return new DatasetFormatError('the row is longer than the line limit', line);
    default:
      return new DatasetFormatError(error.message.replace(/^Invalid Record Length: /, ''), line);
  }
}

async function* parseJsonLines(text: AsyncIterable<string>): AsyncGenerator<ParsedRecord> {
  for await (const { line, text: raw } of lines(text)) {
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new DatasetFormatError('not valid JSON (each line must be one JSON object)', line);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DatasetFormatError('each line must be a JSON object', line);
    // Like any JavaScript object, a parsed line lists integer-like keys ("2019") first.
    yield { line, values: Object.entries(value).map(([key, v]) => [key, jsonCell(v, line, key)]) };
  }
}

function jsonCell(value: unknown, line: number, key: string): Cell {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.map(String);
  throw new DatasetFormatError('nested objects are not supported; flatten them into columns', line, key);
}

const TAG = /^(O|[BIES]-\S+)$/;

/** CoNLL: one token per line, its tag in the last column, a blank line between sentences; -DOCSTART- lines skipped. */
async function* parseConll(text: AsyncIterable<string>): AsyncGenerator<ParsedRecord> {
  let tokens: string[] = [];
  let tags: string[] = [];
  let start = 0;
  const sentence = (): ParsedRecord => ({
    line: start,
    values: [
      ['tokens', tokens],
      ['tags', tags],
    ],
  });
  for await (const { line, text: raw } of lines(text)) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('-DOCSTART-')) continue;
    if (!trimmed) {
      if (tokens.length) yield sentence();
      tokens = [];
      tags = [];
      continue;
    }
    const parts = trimmed.split(/\s+/);
    if (parts.length < 2) throw new DatasetFormatError(`"${parts[0]}" has no tag column (expected "token … tag")`, line);
    const tag = parts.at(-1)!;
    if (!TAG.test(tag)) throw new DatasetFormatError(`"${tag}" is not an IOB or BIOES tag (O, B-X, I-X, E-X or S-X)`, line);
    if (!tokens.length) start = line;
    if (tokens.length === MAX_SENTENCE_TOKENS)
      throw new DatasetFormatError(
        `the sentence starting here runs past ${MAX_SENTENCE_TOKENS} tokens; separate sentences with a blank line`,
        start,
      );
    tokens.push(parts[0]!);
    tags.push(tag);
  }
  if (tokens.length) yield sentence();
}

async function* parsePlainText(text: AsyncIterable<string>): AsyncGenerator<ParsedRecord> {
  for await (const { line, text: raw } of lines(text)) {
    if (raw.trim()) yield { line, values: [['text', raw]] };
  }
}
