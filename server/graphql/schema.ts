import { coreTypeDefs } from './typeDefs/core';
import { datasetTypeDefs } from './typeDefs/datasets';
import { runTypeDefs } from './typeDefs/runs';
import { runListTypeDefs } from './typeDefs/runList';
import { phaseTypeDefs } from './typeDefs/phases';
import { runGroupTypeDefs } from './typeDefs/runGroups';
import { predictionTypeDefs } from './typeDefs/predictions';
import { comparisonTypeDefs } from './typeDefs/comparisons';
import { ruleTypeDefs } from './typeDefs/rules';
import { hybridTypeDefs } from './typeDefs/hybrid';
import { modelTypeDefs } from './typeDefs/models';

/** The schema, one file per area; each later area extends Query and Mutation. */
export const typeDefs = [
  coreTypeDefs,
  datasetTypeDefs,
  runTypeDefs,
  runListTypeDefs,
  phaseTypeDefs,
  runGroupTypeDefs,
  predictionTypeDefs,
  comparisonTypeDefs,
  ruleTypeDefs,
  hybridTypeDefs,
  modelTypeDefs,
];
