import { RUNTIME_TIMINGS } from '../timing/runtime-timings';
import { planPull } from './pull-plan';

const timings = RUNTIME_TIMINGS.realistic;
const NGINX = 'docker.io/library/nginx:1.27';

describe('planPull', () => {
  it('pulls an absent image for a time set by its size', () => {
    const plan = planPull('nginx:1.27', undefined, new Set(), timings);
    expect(plan).toMatchObject({ kind: 'pull', durationMs: 1642 });
  });

  it('IfNotPresent (the default for a pinned tag) uses the node cache', () => {
    expect(planPull('nginx:1.27', undefined, new Set([NGINX]), timings).kind).toBe('present');
    expect(planPull('nginx:1.27', 'IfNotPresent', new Set([NGINX]), timings).kind).toBe('present');
  });

  it('Always (the default for :latest) checks the registry even when cached, which is quick', () => {
    expect(planPull('nginx', undefined, new Set(['docker.io/library/nginx:latest']), timings)).toMatchObject({
      kind: 'pull',
      durationMs: timings.pullCachedMs,
    });
    expect(planPull('nginx:1.27', 'Always', new Set([NGINX]), timings).kind).toBe('pull');
  });

  it('Never: present is used, absent is ErrImageNeverPull with the kubelet message', () => {
    expect(planPull('nginx:1.27', 'Never', new Set([NGINX]), timings).kind).toBe('present');
    expect(planPull('nginx:1.27', 'Never', new Set(), timings)).toEqual({
      kind: 'never',
      message: 'Container image "nginx:1.27" is not present with pull policy of Never',
    });
  });

  it('an unknown repository or tag fails after the registry answered', () => {
    const plan = planPull('ngnix', undefined, new Set(), timings);
    expect(plan.kind).toBe('fail');
    if (plan.kind !== 'fail') return;
    expect(plan.durationMs).toBe(timings.pullFailureMs);
    expect(plan.failure.error).toContain('pull access denied, repository does not exist');
    const tag = planPull('nginx:9.99', undefined, new Set(), timings);
    expect(tag.kind === 'fail' && tag.failure.error).toContain('code = NotFound');
  });

  it('a malformed name is InvalidImageName, without a pull', () => {
    const plan = planPull('Nginx', undefined, new Set(), timings);
    expect(plan.kind).toBe('invalid');
    expect(plan.kind === 'invalid' && plan.failure.reason).toBe('InvalidImageName');
  });
});
