import { dns1123SubdomainErrors } from './dns-subdomain';
import { utf8Length } from './go-strings';
import { EMPTY_ERROR, maxLenError, regexError } from './messages';

// content.IsLabelKey (a.k.a. IsQualifiedName): [DNS-subdomain prefix "/"] name.

export const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_MESSAGE =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_KEY_EXAMPLES = ['MyName', 'my.name', '123-abc'];
const LABEL_KEY_MAX_LENGTH = 63;
const LABEL_KEY = new RegExp(`^${LABEL_KEY_FMT}$`);

function prefixErrors(prefix: string): string[] {
  if (prefix.length === 0) return [`prefix part ${EMPTY_ERROR}`];
  return dns1123SubdomainErrors(prefix).map((message) => `prefix part ${message}`);
}

function nameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length === 0) errors.push(`name part ${EMPTY_ERROR}`);
  else if (utf8Length(name) > LABEL_KEY_MAX_LENGTH) {
    errors.push(`name part ${maxLenError(LABEL_KEY_MAX_LENGTH)}`);
  }
  if (!LABEL_KEY.test(name)) {
    errors.push(`name part ${regexError(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, LABEL_KEY_EXAMPLES)}`);
  }
  return errors;
}

/** Returns upstream's messages for an invalid key, or an empty list when it is valid. */
export function labelKeyErrors(key: string): string[] {
  const parts = key.split('/');
  if (parts.length > 2) {
    return [
      `a valid label key ${regexError(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, LABEL_KEY_EXAMPLES)}` +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (parts.length === 1) return nameErrors(key);
  const [prefix = '', name = ''] = parts;
  return [...prefixErrors(prefix), ...nameErrors(name)];
}
