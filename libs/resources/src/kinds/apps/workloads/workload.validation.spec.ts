import type { Defaulter, Validator } from '../../../definition/hooks';
import type { ResourceObject } from '../../../objects/resource-object';
import { defaultDaemonSet } from '../daemonsets/daemonset.defaults';
import { validateDaemonSet } from '../daemonsets/daemonset.validation';
import { defaultDeployment } from '../deployments/deployment.defaults';
import { validateDeployment } from '../deployments/deployment.validation';
import { defaultReplicaSet } from '../replicasets/replicaset.defaults';
import { validateReplicaSet } from '../replicasets/replicaset.validation';
import { defaultStatefulSet } from '../statefulsets/statefulset.defaults';
import { validateStatefulSet } from '../statefulsets/statefulset.validation';

const template = (labels: Record<string, string> | undefined = { app: 'web' }, spec: Record<string, unknown> = {}) => ({
  metadata: labels ? { labels } : {},
  spec: { containers: [{ name: 'web', image: 'nginx' }], ...spec },
});

const build =
  (defaults: Defaulter) =>
  (spec: Record<string, unknown>): ResourceObject =>
    defaults({
      metadata: { name: 'web', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: template(), ...spec },
    });

const deployment = build(defaultDeployment);
const replicaSet = build(defaultReplicaSet);
const daemonSet = build(defaultDaemonSet);
const statefulSet = build(defaultStatefulSet);

const errorsOf = (validate: Validator, object: ResourceObject, old?: ResourceObject): string[] =>
  validate(object, old).map((error) => `${error.field ?? ''}: ${error.message}`);

describe('Deployment validation', () => {
  it('accepts a defaulted deployment', () => {
    expect(errorsOf(validateDeployment, deployment({}))).toEqual([]);
  });

  it('rejects negative replicas in upstream words', () => {
    expect(errorsOf(validateDeployment, deployment({ replicas: -1 }))).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('requires a selector, which then cannot match the template', () => {
    expect(errorsOf(validateDeployment, deployment({ selector: undefined }))).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]);
  });

  it('rejects an empty selector', () => {
    expect(errorsOf(validateDeployment, deployment({ selector: {} }))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('rejects a selector that does not match the template', () => {
    expect(errorsOf(validateDeployment, deployment({ template: template({ app: 'x' }) }))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it('validates the pod template and its restart policy', () => {
    expect(
      errorsOf(
        validateDeployment,
        deployment({ template: template({ app: 'web' }, { containers: [{ name: 'web' }], restartPolicy: 'Never' }) }),
      ),
    ).toEqual([
      'spec.template.spec.containers[0].image: Required value',
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ]);
  });

  it('reports template labels where upstream does', () => {
    const errors = errorsOf(
      validateDeployment,
      deployment({ selector: { matchLabels: { 'bad key': 'x' } }, template: template({ 'bad key': 'x' }) }),
    );
    // The bad key also keeps the selector from being converted: "invalid label selector", as upstream.
    expect(errors.map((error) => error.split(':')[0])).toEqual([
      'spec.selector.matchLabels',
      'spec.selector',
      'spec.template.labels',
    ]);
    expect(errors[1]).toMatch(/: invalid label selector$/);
  });

  it('checks the strategy', () => {
    expect(errorsOf(validateDeployment, deployment({ strategy: { type: 'Blue' } }))).toEqual([
      'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"Blue", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
    ]);
    expect(
      errorsOf(
        validateDeployment,
        deployment({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } } }),
      ),
    ).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: may not be 0 when `maxSurge` is 0',
    ]);
    expect(
      errorsOf(validateDeployment, deployment({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } })),
    ).toEqual(["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]);
    expect(
      errorsOf(validateDeployment, deployment({ strategy: { rollingUpdate: { maxUnavailable: '150%' } } })),
    ).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    ]);
  });

  it('wants the progress deadline beyond minReadySeconds', () => {
    expect(errorsOf(validateDeployment, deployment({ minReadySeconds: 600 }))).toEqual([
      'spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds',
    ]);
  });

  it('keeps the selector on update', () => {
    const old = deployment({});
    expect(errorsOf(validateDeployment, deployment({ replicas: 3 }), old)).toEqual([]);
    const changed = deployment({ selector: { matchLabels: { app: 'web2' } }, template: template({ app: 'web2' }) });
    expect(errorsOf(validateDeployment, changed, old)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });
});

describe('ReplicaSet validation', () => {
  it('accepts a defaulted replica set and keeps upstream wording', () => {
    expect(errorsOf(validateReplicaSet, replicaSet({}))).toEqual([]);
    expect(errorsOf(validateReplicaSet, replicaSet({ selector: { matchLabels: {} } }))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('keeps the selector on update', () => {
    const changed = replicaSet({ selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } });
    expect(errorsOf(validateReplicaSet, changed, replicaSet({}))).toHaveLength(1);
  });
});

describe('DaemonSet validation', () => {
  it('accepts a defaulted daemon set', () => {
    expect(errorsOf(validateDaemonSet, daemonSet({}))).toEqual([]);
  });

  it('wants exactly one of maxUnavailable and maxSurge', () => {
    expect(
      errorsOf(
        validateDaemonSet,
        daemonSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }),
      ),
    ).toEqual(['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0']);
    expect(
      errorsOf(
        validateDaemonSet,
        daemonSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } }),
      ),
    ).toEqual([
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero',
    ]);
  });

  it('rejects unknown strategies and template mismatches', () => {
    expect(
      errorsOf(validateDaemonSet, daemonSet({ updateStrategy: { type: 'Later' }, template: template({ app: 'x' }) })),
    ).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
      'spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:"Later", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: "RollingUpdate", "OnDelete"',
    ]);
  });
});

describe('StatefulSet validation', () => {
  it('accepts a defaulted stateful set without validating its pod spec', () => {
    expect(
      errorsOf(validateStatefulSet, statefulSet({ template: template({ app: 'web' }, { containers: [] }) })),
    ).toEqual([]);
  });

  it('checks policies and strategy', () => {
    expect(
      errorsOf(
        validateStatefulSet,
        statefulSet({
          podManagementPolicy: 'Random',
          updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } },
          replicas: -2,
        }),
      ),
    ).toEqual([
      `spec.podManagementPolicy: Invalid value: "Random": must be 'OrderedReady' or 'Parallel'`,
      `spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:1, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'`,
      'spec.replicas: Invalid value: -2: must be greater than or equal to 0',
    ]);
  });

  it('rejects an empty selector and a wrong restart policy', () => {
    expect(
      errorsOf(
        validateStatefulSet,
        statefulSet({
          selector: { matchLabels: {} },
          template: template({ app: 'web' }, { restartPolicy: 'OnFailure' }),
        }),
      ),
    ).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset',
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    ]);
  });

  it('lets only some fields change on update', () => {
    const old = statefulSet({ serviceName: 'web' });
    expect(errorsOf(validateStatefulSet, statefulSet({ serviceName: 'web', replicas: 5 }), old)).toEqual([]);
    expect(errorsOf(validateStatefulSet, statefulSet({ serviceName: 'db' }), old)).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});
