import { DomainError } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';
import { rollbackTemplate } from './rollback-template';

const rs = (revision: number, image: string): KubeObject => ({
  metadata: { name: `web-${revision}`, annotations: { 'deployment.kubernetes.io/revision': String(revision) } },
  spec: {
    template: {
      metadata: { labels: { app: 'web', 'pod-template-hash': `h${revision}` } },
      spec: { containers: [{ name: 'web', image }] },
    },
  },
});
const deployment: KubeObject = { metadata: { name: 'web', annotations: { 'deployment.kubernetes.io/revision': '3' } } };

describe('rollbackTemplate', () => {
  const history = [rs(1, 'nginx:1.25'), rs(3, 'nginx:1.27'), rs(2, 'nginx:1.26')];

  it('takes the revision before the current one, without the pod-template-hash label', () => {
    expect(rollbackTemplate(deployment, history, 0)).toEqual({
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.26' }] },
    });
  });

  it('takes a named revision', () => {
    expect(JSON.stringify(rollbackTemplate(deployment, history, 1))).toContain('nginx:1.25');
  });

  it('refuses without history, or for a revision that does not exist', () => {
    expect(() => rollbackTemplate(deployment, [rs(3, 'nginx:1.27')], 0)).toThrow(
      'no rollout history found for deployment "web"',
    );
    expect(() => rollbackTemplate(deployment, history, 9)).toThrow(DomainError);
  });
});
