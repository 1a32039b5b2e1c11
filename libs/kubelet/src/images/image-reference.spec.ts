import { defaultPullPolicy, parseImage } from './image-reference';

describe('parseImage', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['bitnami/redis:7.2', 'docker.io/bitnami/redis:7.2'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
  ])('normalizes %s to %s', (given, name) => {
    expect(parseImage(given).name).toBe(name);
  });

  it('gives one stable image ID per image', () => {
    expect(parseImage('nginx').id).toBe(parseImage('docker.io/library/nginx:latest').id);
    expect(parseImage('nginx').id).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
  });

  it('defaults the pull policy as the API server does', () => {
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:latest')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.27')).toBe('IfNotPresent');
  });
});
