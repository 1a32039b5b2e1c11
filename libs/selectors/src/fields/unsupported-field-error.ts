import { SelectorError } from '../selector-error';

/** A field selector names a field the kind cannot be filtered by (the API answers 400). */
export class UnsupportedFieldError extends SelectorError {
  override readonly name: string = 'UnsupportedFieldError';

  constructor(
    message: string,
    /** The rejected field label, e.g. "spec.foo". */
    readonly field: string,
    /** The caller's description of the kind, e.g. "pods"; kept for logs, not in the message. */
    readonly kind: string,
  ) {
    super(message);
  }
}
