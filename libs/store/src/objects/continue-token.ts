import { DomainError } from '@ksb/errors';

export interface ContinuePosition {
  revision: number;
  namespace: string;
  name: string;
}

export const encodeContinue = (position: ContinuePosition): string =>
  Buffer.from(JSON.stringify([position.revision, position.namespace, position.name])).toString('base64url');

export function decodeContinue(token: string): ContinuePosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      Number.isInteger(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string'
    ) {
      return { revision: parsed[0] as number, namespace: parsed[1], name: parsed[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('BAD_REQUEST', 'continue key is not valid: incorrect encoded start resourceVersion');
}
