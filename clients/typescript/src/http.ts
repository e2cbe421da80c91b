/** Route prefixes under the tracking URI. */
export const MLFLOW_API = 'api/2.0/mlflow';
export const PHASELAB_API = 'api/2.0/phaselab';

/**
 * A failed tracking API call: MLflow's error code and message, and the HTTP status of the answer (0 when none
 * came: the server could not be reached, or the client refused the call before sending it).
 */
export class PhaselabError extends Error {
  override readonly name = 'PhaselabError';
  readonly errorCode: string;
  readonly status: number;

  constructor(errorCode: string, message: string, status = 0, options?: ErrorOptions) {
    super(message, options);
    this.errorCode = errorCode;
    this.status = status;
  }
}

export interface TransportOptions {
  trackingUri: string;
  token?: string;
  /** Further tries after a 5xx answer or a network error, each after twice the wait of the one before. */
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

export type Query = Record<string, string | number | undefined>;

interface Exchange {
  url: string;
  method: 'GET' | 'POST';
  body?: string | ArrayBuffer;
  contentType?: string;
}

/** Sends tracking API requests with the token, retries what may succeed later, and turns error bodies into PhaselabErrors. */
export class Transport {
  private readonly options: TransportOptions;
  private readonly base: string;

  constructor(options: TransportOptions) {
    this.options = options;
    this.base = options.trackingUri.replace(/\/+$/, '');
  }

  async get<T>(path: string, query: Query = {}): Promise<T> {
    return answerOf<T>(await this.exchange({ url: this.url(path, query), method: 'GET' }));
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const json = JSON.stringify(body);
    return answerOf<T>(await this.exchange({ url: this.url(path), method: 'POST', body: json, contentType: 'application/json' }));
  }

  async postBytes<T>(path: string, query: Query, bytes: ArrayBuffer): Promise<T> {
    const url = this.url(path, query);
    return answerOf<T>(await this.exchange({ url, method: 'POST', body: bytes, contentType: 'application/octet-stream' }));
  }

  /** GraphQL answers its errors inside the body, often with status 200, so they are read from there. */
  async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const body = JSON.stringify({ query, variables });
    const url = graphqlUri(this.base);
    const { status, text } = await this.exchange({ url, method: 'POST', body, contentType: 'application/json' });
    const answer = parseJson(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    const errors = answer?.errors ?? [];
    if (errors.length > 0) {
      const code = errors[0].extensions?.code ?? 'BAD_REQUEST';
      throw new PhaselabError(code, errors.map((error) => error.message).join('\n'), status);
    }
    if (status < 200 || status >= 300 || answer?.data === undefined) throw errorOf(status, text);
    return answer.data;
  }

  private url(path: string, query: Query = {}): string {
    const defined = Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
    const search = new URLSearchParams(defined.map(([key, value]) => [key, String(value)])).toString();
    return `${this.base}/${path}${search ? `?${search}` : ''}`;
  }

  private async exchange({ url, method, body, contentType }: Exchange): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (contentType) headers['content-type'] = contentType;
    for (let attempt = 0; ; attempt++) {
      const retry = attempt < this.options.retries;
      try {
        const signal = AbortSignal.timeout(this.options.timeoutMs);
        const response = await this.options.fetch(url, { method, headers, body, signal });
        const answer = { status: response.status, text: await response.text() };
        if (answer.status < 500 || !retry) return answer;
      } catch (error) {
        if (!retry) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new PhaselabError('NETWORK_ERROR', `${method} ${url} got no answer: ${reason}`, 0, { cause: error });
        }
      }
      await wait(backoff(this.options.retryDelayMs, attempt));
    }
  }
}

/** Phaselab serves GraphQL beside the tracking API: `…/api/mlflow` becomes `…/api/graphql`. */
export function graphqlUri(trackingUri: string): string {
  const base = trackingUri.replace(/\/+$/, '');
  const suffix = '/api/mlflow';
  if (!base.endsWith(suffix)) {
    throw new Error(`The tracking URI ${trackingUri} does not end in ${suffix}, so Phaselab's GraphQL endpoint is unknown.`);
  }
  return `${base.slice(0, -suffix.length)}/api/graphql`;
}

/** The wait before a retry: exponential, with jitter so that many runs do not retry in step. */
export function backoff(retryDelayMs: number, attempt: number): number {
  return retryDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
}

function answerOf<T>({ status, text }: { status: number; text: string }): T {
  if (status < 200 || status >= 300) throw errorOf(status, text);
  if (text === '') return {} as T;
  const answer = parseJson(text);
  if (answer === undefined) throw new PhaselabError('INTERNAL_ERROR', `The answer is not JSON: ${text.slice(0, 200)}`, status);
  return answer as T;
}

/** MLflow's error codes for statuses whose answer has no MLflow error body (a proxy's page, say). */
const CODE_OF_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'ENDPOINT_NOT_FOUND',
  413: 'REQUEST_LIMIT_EXCEEDED',
};

export function errorOf(status: number, text: string): PhaselabError {
  const body = parseJson(text) as { error_code?: unknown; message?: unknown } | undefined;
  if (typeof body?.error_code === 'string') {
    return new PhaselabError(body.error_code, typeof body.message === 'string' ? body.message : body.error_code, status);
  }
  const code = CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
  return new PhaselabError(code, `HTTP ${status}: ${text.slice(0, 200) || 'no body'}`, status);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
