import { configKeyErrors } from './config-keys';
import { envVarNameErrors, relaxedEnvVarNameErrors } from './env-var-name';
import { percentErrors } from './percent';

describe('config keys', () => {
  it('accepts file-like names', () => {
    expect(configKeyErrors('app.properties')).toEqual([]);
    expect(configKeyErrors('.hidden')).toEqual([]);
  });

  it('rejects other characters and directory names', () => {
    expect(configKeyErrors('a/b')).toEqual([
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
    expect(configKeyErrors('.')).toEqual(["must not be '.'"]);
    expect(configKeyErrors('..a')).toEqual(["must not start with '..'"]);
    expect(configKeyErrors('k'.repeat(254))).toEqual(['must be no more than 253 bytes']);
  });
});

describe('environment variable names', () => {
  it('allows printable ASCII except = under the relaxed rule', () => {
    expect(relaxedEnvVarNameErrors('1 weird:name')).toEqual([]);
    expect(relaxedEnvVarNameErrors('A=B')).toEqual([
      "a valid environment variable name must consist only of printable ASCII characters other than '='",
    ]);
    expect(relaxedEnvVarNameErrors('é')).toHaveLength(1);
    expect(relaxedEnvVarNameErrors('')).toEqual(['environment variable name must be non-empty']);
  });

  it('keeps the strict rule available', () => {
    expect(envVarNameErrors('MY_VAR.1')).toEqual([]);
    expect(envVarNameErrors('1VAR')).toEqual([
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
    ]);
  });
});

describe('percentages', () => {
  it('wants digits and a percent sign', () => {
    expect(percentErrors('25%')).toEqual([]);
    expect(percentErrors('25')).toHaveLength(1);
  });
});
