import { chDirPrefixErrors } from './config-keys';
import { EMPTY_ERROR, regexError } from './messages';

// Environment variable names. Kubernetes 1.32 enables RelaxedEnvironmentVariableValidation (beta) by default,
// so the API server applies the relaxed rule; the strict C-identifier-like rule is kept for older behaviour.

const RELAXED_MESSAGE =
  "a valid environment variable name must consist only of printable ASCII characters other than '='";

/** content.IsRelaxedEnvVarName: printable ASCII except '='. */
export function relaxedEnvVarNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length === 0) errors.push(`environment variable name ${EMPTY_ERROR}`);
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code > 0x7e || character === '=') {
      errors.push(RELAXED_MESSAGE);
      break;
    }
  }
  return errors;
}

const STRICT_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const STRICT = new RegExp(`^${STRICT_FMT}$`);
const STRICT_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";

/** content.IsEnvVarName: the rule before RelaxedEnvironmentVariableValidation. */
export function envVarNameErrors(name: string): string[] {
  const errors = STRICT.test(name)
    ? []
    : [regexError(STRICT_MESSAGE, STRICT_FMT, ['my.env-name', 'MY_ENV.NAME', 'MyEnvName1'])];
  return [...errors, ...chDirPrefixErrors(name)];
}
