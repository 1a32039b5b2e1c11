import { utf8Length } from './go-strings';
import { maxLenError, regexError } from './messages';

// content.IsConfigMapKey: keys of ConfigMaps and Secrets become file names in volumes, hence the '.' rules.

const CONFIG_KEY_FMT = '[-._a-zA-Z0-9]+';
const CONFIG_KEY = new RegExp(`^${CONFIG_KEY_FMT}$`);
const CONFIG_KEY_MESSAGE = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
const CONFIG_KEY_MAX_LENGTH = 253;

/** hasChDirPrefix: names that would escape or alias the volume directory. */
export function chDirPrefixErrors(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

export function configKeyErrors(key: string): string[] {
  const errors: string[] = [];
  if (utf8Length(key) > CONFIG_KEY_MAX_LENGTH) errors.push(maxLenError(CONFIG_KEY_MAX_LENGTH));
  if (!CONFIG_KEY.test(key)) {
    errors.push(regexError(CONFIG_KEY_MESSAGE, CONFIG_KEY_FMT, ['key.name', 'KEY_NAME', 'key-name']));
  }
  return [...errors, ...chDirPrefixErrors(key)];
}
