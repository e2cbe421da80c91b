import type { TrainedRunKind } from '../../lib/runs/config';
import { createFinetune } from './finetune';
import { createHybrid } from './hybrid';
import { createLogisticRegression } from './logisticRegression';
import { createPretrain } from './pretrain';
import { createWideDeep } from './wideDeep';
import type { TrainerFactory } from './trainer';

/** One trainer per run kind; the kinds and their configs are declared in lib/runs/config.ts. */
export const trainers: Record<TrainedRunKind, TrainerFactory<never>> = {
  logistic_regression: createLogisticRegression as TrainerFactory<never>,
  wide_deep: createWideDeep as TrainerFactory<never>,
  hybrid: createHybrid as TrainerFactory<never>,
  pretrain: createPretrain as TrainerFactory<never>,
  finetune: createFinetune as TrainerFactory<never>,
};
