import { defaultPullPolicy, imageDigest, parseImageReference } from './image-reference';

const name = (given: string): string => {
  const parsed = parseImageReference(given);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.reference.name;
};

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['docker.io/library/nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['hashicorp/http-echo:1.0', 'docker.io/hashicorp/http-echo:1.0'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['registry.k8s.io/e2e-test-images/agnhost:2.53', 'registry.k8s.io/e2e-test-images/agnhost:2.53'],
  ])('normalizes %s to %s', (given, expected) => {
    expect(name(given)).toBe(expected);
  });

  it('keeps a digest, with or without a tag', () => {
    const digest = imageDigest('docker.io/library/nginx', '1.27');
    expect(name(`nginx@${digest}`)).toBe(`docker.io/library/nginx@${digest}`);
    const parsed = parseImageReference(`nginx:1.27@${digest}`);
    expect(parsed.ok && parsed.reference.tag).toBe('1.27');
  });

  it.each(['', 'Nginx', 'nginx:', 'nginx@sha256:abc', ' nginx', 'nginx:bad tag'])('rejects %p', (given) => {
    const parsed = parseImageReference(given);
    expect(parsed.ok).toBe(false);
  });

  it('words an uppercase repository as upstream does', () => {
    const parsed = parseImageReference('Nginx');
    expect(!parsed.ok && parsed.message).toBe(
      'couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
    );
  });
});

describe('defaultPullPolicy', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    [`nginx@${imageDigest('docker.io/library/nginx', '1.27')}`, 'IfNotPresent'],
  ])('%s -> %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });
});
