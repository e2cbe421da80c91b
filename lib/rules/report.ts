/** What a hybrid run writes with its model, and what the server reads back: its report and its review queue. */

export interface DecisionScores {
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
  coverage: number;
}

export interface ReviewItem {
  row: number;
  text: string;
  label: string;
  ruleClass: string | null;
  modelClass: string | null;
  modelConfidence: number | null;
  decision: string | null;
  reason: 'disagreement' | 'undecided' | 'unsure' | 'gated';
  impact: number;
  /** Indices into the run's `config.rules`. */
  rules: number[];
}

export interface HybridReport {
  kind: 'hybrid';
  mode: string;
  combiner: string;
  split: 'test';
  items: number;
  released: DecisionScores & { coverageByRules: number; coverageByModel: number; review: number };
  ungated: DecisionScores;
  modelOnly: DecisionScores | null;
  rulesFixed: number | null;
  rulesBroke: number | null;
  weakLabels: number;
  modelTrainingRows: number;
  /** The text column rules most likely read, for a rule written from a review item. */
  textField: string | null;
  classes: {
    name: string;
    precision: number;
    recall: number;
    f1: number;
    support: number;
    releasedF1: number;
    validationPrecision: number;
    validationDecided: number;
    released: boolean;
  }[];
  curve: { coverage: number; precision: number; threshold: number }[];
  /** From the validation split, most impactful first. */
  review: ReviewItem[];
}
