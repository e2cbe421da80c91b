import { Batcher } from './batcher.js';
import { encodeExampleEpoch, decodeNumber } from './encoding.js';
import { PHASELAB_API, PhaselabError, type Transport } from './http.js';
import { MAX_EXAMPLES_PER_REGISTRATION, metricProblem, paramProblem, tagProblem } from './limits.js';
import { logBatch, updateRun, type FinalStatus } from './mlflow.js';
import type {
  ExampleEpochLogged,
  ExampleRegistration,
  ExamplesRegistered,
  NoisyLabels,
  NoisyLabelsRequest,
  RunInfo,
  SuspectedLabelError,
} from './types.js';

export type LoggedValue = string | number | boolean;

export interface RunOptions {
  transport: Transport;
  info: RunInfo;
  onError: (error: PhaselabError) => void;
  flushIntervalMs: number;
}

/**
 * One tracked run. Metrics, params and tags are buffered and sent in the background; they never throw into the
 * training code: what fails is reported through `onError`. The per-example calls are awaited and do throw.
 */
export class Run {
  readonly id: string;
  readonly experimentId: string;
  readonly name: string | undefined;
  private readonly options: RunOptions;
  private readonly batcher: Batcher;
  private readonly report: (error: PhaselabError) => void;
  /** Params logged through this run: a param keeps its first value, so a change is refused before it is sent. */
  private readonly params = new Map<string, string>();
  /** The step a metric logged without one gets: the step after the last one logged for its key. */
  private readonly nextStep = new Map<string, number>();

  constructor(options: RunOptions) {
    this.options = options;
    this.id = options.info.run_id;
    this.experimentId = options.info.experiment_id;
    this.name = options.info.run_name;
    this.report = reporter(options.onError);
    this.batcher = new Batcher({
      send: (batch) => logBatch(options.transport, this.id, batch),
      report: this.report,
      intervalMs: options.flushIntervalMs,
    });
  }

  /** Logs one point; without a step, the step after the last one logged for this key (from 0). */
  logMetric(key: string, value: number, step?: number): void {
    const at = step ?? this.nextStep.get(key) ?? 0;
    const problem = metricProblem(key, value, at);
    if (problem) return this.refuse(problem);
    this.nextStep.set(key, at + 1);
    this.batcher.addMetric({ key, value, step: at, timestamp: Date.now() });
  }

  logMetrics(metrics: Record<string, number>, step?: number): void {
    for (const [key, value] of Object.entries(metrics)) this.logMetric(key, value, step);
  }

  logParam(key: string, value: LoggedValue): void {
    const text = String(value);
    const problem = paramProblem(key, text);
    if (problem) return this.refuse(problem);
    const logged = this.params.get(key);
    if (logged === text) return;
    if (logged !== undefined) {
      return this.refuse(`Param "${key}" was logged as "${logged}" and keeps that value; "${text}" is refused.`);
    }
    this.params.set(key, text);
    this.batcher.addParam({ key, value: text });
  }

  logParams(params: Record<string, LoggedValue>): void {
    for (const [key, value] of Object.entries(params)) this.logParam(key, value);
  }

  setTag(key: string, value: LoggedValue): void {
    const text = String(value);
    const problem = tagProblem(key, text);
    if (problem) return this.refuse(problem);
    this.batcher.addTag({ key, value: text });
  }

  setTags(tags: Record<string, LoggedValue>): void {
    for (const [key, value] of Object.entries(tags)) this.setTag(key, value);
  }

  /** Resolves once everything logged so far was sent, or reported through `onError` when it could not be. */
  flush(): Promise<void> {
    return this.batcher.flush();
  }

  /** Sends what is pending, then ends the run with the given status and the current time. */
  async finish(status: FinalStatus = 'FINISHED'): Promise<void> {
    await this.flush();
    await updateRun(this.options.transport, this.id, { status, end_time: Date.now() });
  }

  /** Registers the run's training examples, in requests of at most 100,000 examples. */
  async registerExamples(examples: ExampleRegistration): Promise<ExamplesRegistered> {
    const { ids, labels, trueLabels, texts } = examples;
    for (const [name, list] of Object.entries({ labels, trueLabels, texts })) {
      if (list !== undefined && list.length !== ids.length) {
        throw new PhaselabError('INVALID_PARAMETER_VALUE', `${name} has ${list.length} entries for ${ids.length} ids.`);
      }
    }
    const size = MAX_EXAMPLES_PER_REGISTRATION;
    // The first registration fixes the classes, so a registration sent in parts names all of its classes up front.
    const classes = examples.classes ?? (ids.length > size ? classesOf(labels, trueLabels) : undefined);
    const parts = Math.max(1, Math.ceil(ids.length / size));
    let answer: ExamplesRegistered | undefined;
    let registered = 0;
    for (let start = 0; start < parts * size; start += size) {
      const part = <T>(list: T[] | undefined) => list?.slice(start, start + size);
      answer = await this.options.transport.post<ExamplesRegistered>(`${PHASELAB_API}/runs/examples/register`, {
        run_id: this.id,
        ids: part(ids),
        labels: part(labels),
        true_labels: part(trueLabels),
        texts: part(texts),
        classes: start === 0 ? classes : undefined,
      });
      registered += answer.registered;
    }
    return { ...answer!, registered };
  }

  /**
   * Logs one epoch's loss and predicted class index for every registered example, in registration order;
   * Phaselab answers what it computed from them (memorized fraction and the like).
   */
  async logExampleEpoch(epoch: number, losses: Float32Array | number[], predictions: Int32Array | number[]): Promise<ExampleEpochLogged> {
    if (losses.length !== predictions.length) {
      throw new PhaselabError(
        'INVALID_PARAMETER_VALUE',
        `${losses.length} losses and ${predictions.length} predictions: one of each per registered example.`,
      );
    }
    return this.options.transport.postBytes<ExampleEpochLogged>(
      `${PHASELAB_API}/runs/examples/log-epoch`,
      { run_id: this.id, epoch },
      encodeExampleEpoch(losses, predictions),
    );
  }

  /** Has Phaselab corrupt a dataset version's training labels and register its rows as this run's examples. */
  noisyLabels({ datasetVersionId, rate, scheme, seed }: NoisyLabelsRequest): Promise<NoisyLabels> {
    return this.options.transport.post<NoisyLabels>(`${PHASELAB_API}/runs/noisy-labels`, {
      run_id: this.id,
      dataset_version_id: datasetVersionId,
      rate,
      scheme,
      seed,
    });
  }

  /** The likeliest label errors, most suspect first, by the run's preferred ranking over its epochs (never an example predicted as labelled at every epoch). */
  async suspectedLabelErrors(maxResults?: number): Promise<SuspectedLabelError[]> {
    const answer = await this.options.transport.get<{ examples?: SuspectedLabelError[] }>(
      `${PHASELAB_API}/runs/examples/suspected-label-errors`,
      { run_id: this.id, max_results: maxResults },
    );
    return (answer.examples ?? []).map((example) => ({ ...example, loss: decodeNumber(example.loss) }));
  }

  private refuse(message: string): void {
    this.report(new PhaselabError('INVALID_PARAMETER_VALUE', message));
  }
}

/** Calls the handler without ever letting it throw into training code or the background sends. */
function reporter(onError: (error: PhaselabError) => void): (error: PhaselabError) => void {
  return (error) => {
    try {
      onError(error);
    } catch (thrown) {
      console.warn('[phaselab] the onError handler threw:', thrown, 'while reporting:', error);
    }
  };
}

/** The classes the server would derive from a registration: the sorted set of its labels and true labels. */
export function classesOf(labels: string[], trueLabels: (string | null)[] = []): string[] {
  const known = trueLabels.filter((label): label is string => label !== null);
  return [...new Set([...labels, ...known])].sort();
}
