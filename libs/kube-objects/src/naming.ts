import { randomInt } from 'node:crypto';
import type { ErrorCause } from '@ksb/errors';
import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors } from '@ksb/validation';
import { invalidValue } from './field-errors';
import type { KindInfo } from './kind-info';

// The alphabet upstream uses for generateName suffixes: no vowels, no look-alikes.
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function generateName(prefix: string): string {
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  // Upstream trims the prefix so the result stays within 63 characters.
  return `${prefix.slice(0, 58)}${suffix}`;
}

export function nameErrors(kind: Pick<KindInfo, 'nameRule'>, name: string): ErrorCause[] {
  const rule = kind.nameRule ?? 'subdomain';
  const problems =
    rule === 'label'
      ? dns1123LabelErrors(name)
      : rule === 'dns1035'
        ? dns1035LabelErrors(name)
        : dns1123SubdomainErrors(name);
  return problems.map((problem) => invalidValue('metadata.name', name, problem));
}
