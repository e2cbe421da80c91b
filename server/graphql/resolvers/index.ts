import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../resolvers.generated';
import { accountResolvers } from './account';
import { teamResolvers } from './team';
import { accessResolvers } from './access';
import { datasetResolvers } from './datasets';
import { runResolvers } from './runs';
import { runListResolvers } from './runList';
import { phaseResolvers } from './phases';
import { runGroupResolvers } from './runGroups';
import { predictionResolvers } from './predictions';
import { comparisonResolvers } from './comparisons';
import { ruleResolvers } from './rules';
import { modelResolvers } from './models';

const enums: Resolvers = {
  Role: { OWNER: 'owner', ADMIN: 'admin', MEMBER: 'member', VIEWER: 'viewer' },
  InvitationStatus: { PENDING: 'pending', ACCEPTED: 'accepted', REVOKED: 'revoked', EXPIRED: 'expired' },
  TaskType: {
    TOKEN_CLASSIFICATION: 'token_classification',
    TEXT_CLASSIFICATION: 'text_classification',
    TABULAR: 'tabular',
    CORPUS: 'corpus',
  },
  ColumnType: { NUMERIC: 'numeric', CATEGORICAL: 'categorical', TEXT: 'text', IGNORE: 'ignore', TOKENS: 'tokens', TAGS: 'tags' },
  DatasetFormat: { CSV: 'csv', TSV: 'tsv', JSONL: 'jsonl', CONLL: 'conll', TEXT: 'text' },
  RunStatus: { QUEUED: 'queued', WAITING: 'waiting', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELED: 'canceled' },
  PhaseName: { FITTING: 'fitting', SETTLING: 'settling', MEMORIZATION: 'memorization' },
  AnnotationKind: { BAND: 'band', MARKER: 'marker' },
  RuleKind: { WHITELIST: 'whitelist', BLACKLIST: 'blacklist' },
  RuleFormat: { JSON: 'json', CSV: 'csv' },
  RunColumnSource: { SUMMARY: 'summary', BEST: 'best', CONFIG: 'config' },
};

const parts: Resolvers[] = [
  enums,
  accountResolvers,
  teamResolvers,
  accessResolvers,
  datasetResolvers,
  runResolvers,
  runListResolvers,
  phaseResolvers,
  runGroupResolvers,
  predictionResolvers,
  comparisonResolvers,
  ruleResolvers,
  modelResolvers,
];

export const resolvers = {
  DateTime: DateTimeResolver,
  // graphql-scalars names it JSONObject; the schema calls it JSON, and variables must be able to say so.
  JSON: new GraphQLScalarType({ ...JSONObjectResolver.toConfig(), name: 'JSON' }),
  JSONValue: new GraphQLScalarType({ ...JSONResolver.toConfig(), name: 'JSONValue' }),
  ...Object.fromEntries(
    [...new Set(parts.flatMap((p) => Object.keys(p)))].map((type) => [
      type,
      Object.assign({}, ...parts.map((p) => (p as Record<string, object | undefined>)[type] ?? {})),
    ]),
  ),
} as Resolvers;
