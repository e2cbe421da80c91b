/** The tracking API's shapes, as it writes them (MLflow's snake_case), with numbers decoded. */

export interface Metric {
  key: string;
  value: number;
  /** Milliseconds since 1970. */
  timestamp: number;
  step: number;
}

export interface Param {
  key: string;
  value: string;
}

export interface RunTag {
  key: string;
  value: string;
}

/** What one `runs/log-batch` request carries. */
export interface LogBatch {
  metrics: Metric[];
  params: Param[];
  tags: RunTag[];
}

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface RunInfo {
  run_id: string;
  run_name?: string;
  experiment_id: string;
  status: RunStatus;
  start_time?: number;
  end_time?: number;
  artifact_uri?: string;
  lifecycle_stage?: string;
  user_id?: string;
}

/** MLflow's Run: its info and the latest value of each metric, its params and its tags. */
export interface RunDetails {
  info: RunInfo;
  data: LogBatch;
}

export interface ExampleRegistration {
  /** Unique ids, in the order `logExampleEpoch` will send losses and predictions. */
  ids: string[];
  /** The labels the model trains on. */
  labels: string[];
  /** The truth where known, null where not; an example whose true label differs from its label is noisy. */
  trueLabels?: (string | null)[];
  texts?: string[];
  /** The order of class indices in predictions; left out, the sorted set of the labels and true labels. */
  classes?: string[];
}

export interface ExamplesRegistered {
  registered: number;
  total: number;
  noisy: number;
  classes: string[];
}

/** What Phaselab computed from one epoch; the fractions are null for a run without noisy examples. */
export interface ExampleEpochLogged {
  epoch: number;
  examples: number;
  memorized_fraction: number | null;
  recovered_fraction: number | null;
  detection_f1: number | null;
}

export interface SuspectedLabelError {
  id: string;
  text: string | null;
  label: string;
  predicted_label: string;
  /** At the latest epoch logged. */
  loss: number;
  /** The ranking's score: higher is more suspect. */
  score: number;
  /** Null when the run registered no true labels. */
  noisy: boolean | null;
}

export interface NoisyLabelsRequest {
  datasetVersionId: string;
  rate: number;
  scheme?: 'flip' | 'resample';
  seed?: number;
}

export interface DatasetSplit {
  ids: string[];
  texts: string[];
  features: string[][];
  labels: string[];
}

/** The data to train on: the training split's labels carry Phaselab's noise, and its rows are the run's examples. */
export interface NoisyLabels {
  classes: string[];
  noisy: number;
  columns: string[];
  train: DatasetSplit;
  validation: DatasetSplit;
  test: DatasetSplit;
}
