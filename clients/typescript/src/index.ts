export { Phaselab, DEFAULT_TRACKING_URI, type PhaselabOptions, type StartRunOptions } from './client.js';
export { Run, type LoggedValue } from './run.js';
export { PhaselabError } from './http.js';
export type { FinalStatus } from './mlflow.js';
export { encodeNumber, decodeNumber, encodeExampleEpoch, type EncodedNumber } from './encoding.js';
export { LOG_BATCH_LIMITS, MAX_KEY_LENGTH, MAX_PARAM_VALUE_LENGTH, MAX_TAG_VALUE_LENGTH, MAX_EXAMPLES_PER_REGISTRATION } from './limits.js';
export type * from './types.js';
