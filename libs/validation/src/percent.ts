import { regexError } from './messages';

// content.IsValidPercent: maxSurge / maxUnavailable strings such as "25%".

const PERCENT_FMT = '[0-9]+%';
const PERCENT = new RegExp(`^${PERCENT_FMT}$`);

export function percentErrors(value: string): string[] {
  return PERCENT.test(value)
    ? []
    : [
        regexError("a valid percent string must be a numeric string followed by an ending '%'", PERCENT_FMT, [
          '1%',
          '93%',
        ]),
      ];
}
