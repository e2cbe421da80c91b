import { pipeline, Readable } from 'node:stream';
import { parse as csvParser, CsvError } from 'csv-parse';
import { lines } from './decode';
import { DatasetFormatError, type Limits } from './limits';

export const formats = ['csv', 'tsv', 'jsonl', 'conll', 'text'] as const;
export type Format = (typeof formats)[number];

import type { Cell } from '../../db/datasetRows';

export type { Cell };
export type ParsedRecord = { line: number; values: Record<string, Cell> };

const extensions: Record<string, Format> = {
  csv: 'csv', tsv: 'tsv', tab: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl',
  conll: 'conll', conllu: 'conll', iob: 'conll', bio: 'conll', bioes: 'conll', txt: 'text', text: 'text',
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
  // The line the last complete record ended on: an unclosed quote opened on the line after it.
  let lastLine = 0;
  const parser = csvParser({
    delimiter,
    bom: true,
    info: true,
    skip_empty_lines: true,
    max_record_size: limits.maxLineBytes,
    columns: (header: string[]) => {
      lastLine = 1;
      return checkHeader(header, limits);
    },
  });
  pipeline(Readable.from(text), parser, () => {});
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const values: Record<string, Cell> = {};
      for (const [key, value] of Object.entries(record)) values[key] = value === '' ? null : value;
      lastLine = info.lines;
      yield { line: info.lines, values };
    }
  } catch (error) {
    throw csvError(error, lastLine + 1);
  }
}

function checkHeader(header: string[], limits: Limits): string[] {
  if (header.length > limits.maxColumns) throw new DatasetFormatError(`the header has ${header.length} columns; the limit is ${limits.maxColumns}`, 1);
  const seen = new Set<string>();
  return header.map((raw, i) => {
    const name = raw.trim();
    if (!name) throw new DatasetFormatError(`column ${i + 1} of the header has no name`, 1);
    if (seen.has(name)) throw new DatasetFormatError(`the header names the column "${name}" twice`, 1);
    seen.add(name);
    return name;
  });
}

function csvError(error: unknown, recordStart: number): Error {
  if (error instanceof DatasetFormatError || !(error instanceof CsvError)) return error as Error;
  const line = (error as CsvError & { lines?: number }).lines;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const found = (error as unknown as { record?: unknown[] }).record?.length;
      return new DatasetFormatError(`the row has ${found ?? 'a different number of'} fields, not as many as the header (a ragged row)`, line);
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DatasetFormatError('a quoted field opened on this line is never closed (unbalanced quotes)', recordStart);
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
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DatasetFormatError('each line must be a JSON object', line);
    const values: Record<string, Cell> = {};
    for (const [key, v] of Object.entries(value)) values[key] = jsonCell(v, line, key);
    yield { line, values };
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
  const sentence = (): ParsedRecord => ({ line: start, values: { tokens, tags } });
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
    tokens.push(parts[0]!);
    tags.push(tag);
  }
  if (tokens.length) yield sentence();
}

async function* parsePlainText(text: AsyncIterable<string>): AsyncGenerator<ParsedRecord> {
  for await (const { line, text: raw } of lines(text)) {
    if (raw.trim()) yield { line, values: { text: raw } };
  }
}
