import { resolveImage } from '../catalog';
import { pullEvents, pullFailure } from './pull-messages';

const failure = (given: string) => {
  const lookup = resolveImage(given);
  if (lookup.kind === 'found') throw new Error('found');
  return pullFailure(lookup);
};

describe('pullFailure', () => {
  it('words an unknown repository as Docker Hub answers it', () => {
    expect(failure('ngnix')).toEqual({
      reason: 'ErrImagePull',
      eventReason: 'Failed',
      error:
        'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      event:
        'Failed to pull image "ngnix": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    });
  });

  it('reports an unknown tag as NotFound', () => {
    expect(failure('nginx:1.99').error).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99": failed to resolve reference "docker.io/library/nginx:1.99": docker.io/library/nginx:1.99: not found',
    );
  });

  it('reports an unknown registry host as a failed lookup', () => {
    expect(failure('registry.example.com/team/app:2').error).toContain(
      'Head "https://registry.example.com/v2/team/app/manifests/2": dial tcp: lookup registry.example.com: no such host',
    );
  });

  it('reports a malformed name as InvalidImageName', () => {
    const invalid = failure('Nginx');
    expect(invalid.reason).toBe('InvalidImageName');
    expect(invalid.eventReason).toBe('InspectFailed');
    expect(invalid.event).toMatch(/^Failed to apply default image tag "Nginx": couldn't parse image name "Nginx"/);
  });
});

describe('pullEvents', () => {
  it('words the kubelet events', () => {
    expect(pullEvents.pulling('nginx')).toBe('Pulling image "nginx"');
    expect(pullEvents.pulled('nginx', '1.2s', 72_099_410)).toBe(
      'Successfully pulled image "nginx" in 1.2s (1.2s including waiting). Image size: 72099410 bytes.',
    );
    expect(pullEvents.backOff('ngnix')).toBe('Back-off pulling image "ngnix"');
    expect(pullEvents.errorReason('ImagePullBackOff')).toBe('Error: ImagePullBackOff');
  });
});
