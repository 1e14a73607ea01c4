// RFC 9457 problem details as the API answers them, and the types the page acts on.

const PREFIX = 'urn:serverlessim:problem:';

export const ProblemTypes = Object.freeze({
  busy: `${PREFIX}busy`,
  deviceSeqAhead: `${PREFIX}device-seq-ahead`,
});

/** The service refused a request; `type` says why, as the API documents. */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.name = 'ProblemError';
    this.status = status;
    this.type = problem?.type ?? null;
  }
}

/** The answer's body, or a ProblemError saying why there is none. */
export function expectBody(answer) {
  if (answer.body !== undefined) {
    return answer.body;
  }

  throw new ProblemError(answer.status, answer.problem);
}

/** Parses a problem document; null when the text is not one. */
export function parseProblem(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

function describe(status, problem) {
  const fields = Object.entries(problem?.errors ?? {})
    .map(([field, messages]) => `${field}: ${[].concat(messages).join(' ')}`);
  const detail = problem?.detail ?? problem?.title ?? `The service answered ${status}.`;
  return fields.length === 0 ? detail : `${detail} ${fields.join('; ')}`;
}
