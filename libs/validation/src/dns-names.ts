import { utf8Length } from './go-strings';
import { maxLenError, regexError } from './messages';

// Object names, as apimachinery's content.IsDNS1123Label and IsDNS1035Label check them.

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL = new RegExp(`^${DNS1035_LABEL_FMT}$`);
const DNS1035_LABEL_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

const LABEL_MAX_LENGTH = 63;

/** Namespaces, services' ports names and many other names are RFC 1123 labels. */
export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (utf8Length(value) > LABEL_MAX_LENGTH) errors.push(maxLenError(LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL.test(value))
    errors.push(regexError(DNS1123_LABEL_MESSAGE, DNS1123_LABEL_FMT, ['my-name', '123-abc']));
  return errors;
}

/** Service names are DNS-1035 labels (they become DNS names and environment variable prefixes). */
export function dns1035LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (utf8Length(value) > LABEL_MAX_LENGTH) errors.push(maxLenError(LABEL_MAX_LENGTH));
  if (!DNS1035_LABEL.test(value))
    errors.push(regexError(DNS1035_LABEL_MESSAGE, DNS1035_LABEL_FMT, ['my-name', 'abc-123']));
  return errors;
}
