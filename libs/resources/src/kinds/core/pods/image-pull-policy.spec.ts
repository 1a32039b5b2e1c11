import { imagePullPolicyFor } from './image-pull-policy';

describe('imagePullPolicyFor', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['registry.example.com:5000/team/app', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['localhost:5000/app:v2', 'IfNotPresent'],
    [`nginx@sha256:${'a'.repeat(64)}`, 'IfNotPresent'],
    [`nginx:latest@sha256:${'a'.repeat(64)}`, 'Always'],
    ['NGINX', 'IfNotPresent'],
    ['', 'IfNotPresent'],
  ])('%s -> %s', (image, policy) => {
    expect(imagePullPolicyFor(image)).toBe(policy);
  });
});
