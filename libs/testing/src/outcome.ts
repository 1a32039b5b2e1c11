import { DomainError } from '@ksb/errors';

/** "OK", or "<CODE>: <message>" for a domain error, so a test can assert both in one line. */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
}
