// Renders errors the way field.Error and utilerrors.Aggregate print them.

/** Field paths as field.Path.String() prints them; a nil path prints as "<nil>". */
export const NIL_PATH = '<nil>';

/** field.Invalid(path, value, detail).Error(); `renderedValue` is already Go-formatted. */
export function invalidValueMessage(path: string, renderedValue: string, detail: string): string {
  return `${path}: Invalid value: ${renderedValue}: ${detail}`;
}

/** Aggregate.Error(): duplicates dropped, a single message alone, several bracketed. */
export function aggregateMessages(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? unique.join('') : `[${unique.join(', ')}]`;
}
