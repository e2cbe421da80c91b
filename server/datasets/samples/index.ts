import type { DatasetSchema, TaskType } from '../schema';
import { appImpressionLines } from './appImpressions';
import { corpusLines, nerLines } from './ner';
import { productTitleLines } from './productTitles';
import { spamLines } from './spamAssassin';

export interface Sample {
  key: string;
  name: string;
  description: string;
  taskType: TaskType;
  /** Which of Phaselab's three paradigms it was made for. */
  paradigm: string;
  filename: string;
  lines(): Iterable<string>;
  /** Where inference alone would guess wrong. */
  schema?: DatasetSchema;
}

export const samples: Sample[] = [
  {
    key: 'spam-vs-ham',
    name: 'Spam vs ham',
    description: 'The SpamAssassin public corpus: 6,046 real emails (subject and body), 31% spam.',
    taskType: 'text_classification',
    paradigm: 'generalize first, memorize later (fine-tuning on noisy labels)',
    filename: 'spam-vs-ham.jsonl',
    lines: spamLines,
  },
  {
    key: 'synthetic-ner',
    name: 'Synthetic NER',
    description: '3,000 generated sentences tagged PER, LOC, ORG (common) and MISC (rare, for few-shot studies), IOB2.',
    taskType: 'token_classification',
    paradigm: 'generalize first, memorize later (fine-tuning on noisy labels)',
    filename: 'synthetic-ner.conll',
    lines: () => nerLines(3000),
  },
  {
    key: 'synthetic-corpus',
    name: 'Synthetic corpus',
    description: '20,000 sentences from the NER generator as plain text, for pre-training a small transformer.',
    taskType: 'corpus',
    paradigm: 'generalize first, memorize later (pre-training)',
    filename: 'synthetic-corpus.txt',
    lines: () => corpusLines(20_000),
  },
  {
    key: 'app-impressions',
    name: 'App impressions',
    description:
      '20,000 app-store impressions; install signal planted in smooth trends (generalizable) and in 60 specific app crosses (memorizable).',
    taskType: 'tabular',
    paradigm: 'memorize and generalize at once (Wide & Deep)',
    filename: 'app-impressions.csv',
    lines: () => appImpressionLines(20_000),
    schema: {
      taskType: 'tabular',
      labelColumn: 'installed',
      columns: [
        { name: 'user_age', type: 'numeric' },
        { name: 'user_country', type: 'categorical' },
        { name: 'device', type: 'categorical' },
        // A set of app names, space-separated: read as tokens, crossed with the impressed app.
        { name: 'installed_apps', type: 'text' },
        { name: 'impressed_app', type: 'categorical' },
        { name: 'impressed_category', type: 'categorical' },
        { name: 'installed', type: 'categorical' },
      ],
    },
  },
  {
    key: 'product-titles',
    name: 'Product titles',
    description: '6,000 short item titles in 15 categories, three of them rare, with head nouns shared across categories.',
    taskType: 'text_classification',
    paradigm: 'generalize with machines, memorize with humans (rules + ML)',
    filename: 'product-titles.jsonl',
    lines: () => productTitleLines(6000),
  },
];
