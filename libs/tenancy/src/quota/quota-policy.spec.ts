import { DomainError } from '@ksb/errors';
import { checkNodeLimit, checkSandboxQuota } from './quota-policy';

const quota = { maxSandboxes: 2, maxNodesPerSandbox: 3, maxObjectsPerSandbox: 100 };

describe('quota policy', () => {
  it('allows up to the sandbox quota, then answers QUOTA_EXCEEDED with a retry time', () => {
    expect(() => checkSandboxQuota(quota, 1)).not.toThrow();
    const error = (() => {
      try {
        checkSandboxQuota(quota, 2);
      } catch (e) {
        return e as DomainError;
      }
      return undefined;
    })();
    expect(error?.code).toBe('QUOTA_EXCEEDED');
    expect(error?.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('rejects more nodes than the limit with LIMIT_EXCEEDED', () => {
    expect(() => checkNodeLimit(quota, 3)).not.toThrow();
    let code: string | undefined;
    try {
      checkNodeLimit(quota, 4);
    } catch (error) {
      code = (error as DomainError).code;
    }
    expect(code).toBe('LIMIT_EXCEEDED');
  });
});
