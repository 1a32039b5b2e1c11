// Wording from k8s.io/apimachinery/pkg/api/validate/content (errors.go).

export const EMPTY_ERROR = 'must be non-empty';

export function maxLenError(length: number): string {
  return `must be no more than ${String(length)} bytes`;
}

/** Upstream's odd spacing ("'a',  or 'b', ") is reproduced on purpose: clients compare text. */
export function regexError(message: string, regex: string, examples: readonly string[]): string {
  if (examples.length === 0) {
    return `${message} (regex used for validation is '${regex}')`;
  }
  const listed = examples.map((example) => `'${example}', `).join(' or ');
  return `${message} (e.g. ${listed}regex used for validation is '${regex}')`;
}
