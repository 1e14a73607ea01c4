import { ProblemTypes, parseProblem } from './problems.js';

const BUSY_RETRIES = 5;
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/** The current region did not answer, or answered that it cannot serve: time to switch. */
export class RegionUnreachableError extends Error {
  constructor(region, reason, cause) {
    super(`Region ${region.name} is unreachable: ${reason}.`, { cause });
    this.name = 'RegionUnreachableError';
    this.region = region;
    this.reason = reason;
  }
}

/**
 * Sends one request to the current region. A region that does not answer, times out, or says it cannot
 * serve (502, 503 other than "busy", 504) raises RegionUnreachableError; a busy conversation is retried in
 * place after the service's Retry-After.
 */
export class ApiTransport {
  #router;
  #token;
  #timeoutMs;

  /** @param {() => string} token the bearer token, asked for before every request */
  constructor(router, token, { timeoutMs = 10_000 } = {}) {
    this.#router = router;
    this.#token = token;
    this.#timeoutMs = timeoutMs;
  }

  /** The region requests go to now. */
  get region() {
    return this.#router.current;
  }

  /** @returns {Promise<{status: number, body?: any, problem?: any}>} the body, or the problem of a refusal */
  async send(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      const region = this.#router.current;
      const answer = await this.#sendOnce(region, method, path, body);

      if (answer.ok) {
        return { status: answer.status, body: answer.text === '' ? null : JSON.parse(answer.text) };
      }

      const problem = parseProblem(answer.text);
      if (answer.status === 503 && problem?.type === ProblemTypes.busy && attempt < BUSY_RETRIES) {
        await wait(answer.retryAfterMs);
        continue;
      }

      if (UNREACHABLE_STATUSES.has(answer.status)) {
        throw new RegionUnreachableError(region, `answered ${answer.status}`);
      }

      return { status: answer.status, problem };
    }
  }

  async #sendOnce(region, method, path, body) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.#timeoutMs);
    try {
      const headers = { Authorization: `Bearer ${this.#token()}` };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
      }

      const response = await fetch(new URL(path, region.url), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        signal: abort.signal,
      });

      // Read the body under the same deadline: a region that stalls mid-answer is not answering either.
      const text = await response.text();
      return { ok: response.ok, status: response.status, text, retryAfterMs: retryAfterMs(response) };
    } catch (error) {
      throw new RegionUnreachableError(region, error.name === 'AbortError' ? 'timed out' : 'no connection', error);
    } finally {
      clearTimeout(timer);
    }
  }
}

function retryAfterMs(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
