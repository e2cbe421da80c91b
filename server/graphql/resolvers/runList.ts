import type { Resolvers } from '../resolvers.generated';
import { bestValueKeys } from '../../../lib/runs/listColumns';
import { parseInput } from '../../domain/validation';
import { getRunListColumns, runColumnChoices, setRunListColumns } from '../../domain/runColumns';

/** The run list's columns, each user's own. */
export const runListResolvers: Resolvers = {
  Query: {
    runListColumns: async (_, __, ctx) => getRunListColumns(await ctx.scope()),
    runColumnChoices: async (_, __, ctx) => runColumnChoices(await ctx.scope()),
  },
  Mutation: {
    setRunListColumns: async (_, { columns }, ctx) => setRunListColumns(await ctx.scope(), columns),
  },
  Run: {
    bestValues: async (run, args, ctx) => {
      const keys = parseInput(bestValueKeys, args.keys, 'keys');
      const values = await Promise.all(keys.map((key) => ctx.loaders.runBestValue.load({ run, key })));
      return keys.flatMap((key, i) => (values[i] == null ? [] : [{ key, value: values[i] }]));
    },
  },
};
