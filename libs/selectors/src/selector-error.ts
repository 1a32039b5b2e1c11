/**
 * Raised for any selector the Kubernetes API server would reject.
 * `message` carries upstream's wording so callers can return it verbatim in a 400 Status.
 */
export class SelectorError extends Error {
  override readonly name: string = 'SelectorError';
}
