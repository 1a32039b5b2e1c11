import { utf8Length } from './go-strings';
import { LABEL_KEY_FMT } from './label-key';
import { maxLenError, regexError } from './messages';

// content.IsLabelValue: like a key's name part, but may be empty.

const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MAX_LENGTH = 63;
const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);

/** Returns upstream's messages for an invalid value, or an empty list when it is valid. */
export function labelValueErrors(value: string): string[] {
  const errors: string[] = [];
  if (utf8Length(value) > LABEL_VALUE_MAX_LENGTH) {
    errors.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  }
  if (!LABEL_VALUE.test(value)) {
    errors.push(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE_FMT, ['MyValue', 'my_value', '12345']));
  }
  return errors;
}
