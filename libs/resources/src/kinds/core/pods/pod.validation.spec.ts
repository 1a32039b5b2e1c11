import type { ResourceObject } from '../../../objects/resource-object';
import { defaultPod } from './pod.defaults';
import { POD_UPDATE_MESSAGE } from './pod-update.validation';
import { validatePod } from './pod.validation';

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): ResourceObject =>
  defaultPod({ metadata: { name: 'web', namespace: 'default', ...metadata }, spec });

const container = (extra: Record<string, unknown> = {}) => ({ name: 'web', image: 'nginx', ...extra });

/** As kubectl prints the causes: `field: message`. */
const errorsOf = (object: ResourceObject, old?: ResourceObject): string[] =>
  validatePod(object, old).map((error) => `${error.field ?? ''}: ${error.message}`);

describe('validatePod', () => {
  it('accepts a defaulted pod', () => {
    expect(errorsOf(pod({ containers: [container({ ports: [{ containerPort: 80, name: 'http' }] })] }))).toEqual([]);
  });

  it('requires containers', () => {
    expect(errorsOf(pod({ containers: [] }))).toEqual(['spec.containers: Required value']);
  });

  it('checks container names and images', () => {
    expect(
      errorsOf(pod({ containers: [container({ name: 'Web_1' }), { name: 'db' }, container({ name: 'db' })] })),
    ).toEqual([
      `spec.containers[0].name: Invalid value: "Web_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      'spec.containers[1].image: Required value',
      'spec.containers[2].name: Duplicate value: "db"',
    ]);
  });

  it('checks container ports', () => {
    const errors = errorsOf(
      pod({
        containers: [
          container({
            ports: [
              { containerPort: 70000, protocol: 'HTTP' },
              { containerPort: 80, name: 'http' },
              { containerPort: 81, name: 'http' },
              { containerPort: 82, name: 'Bad--' },
            ],
          }),
        ],
      }),
    );
    expect(errors).toEqual([
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      'spec.containers[0].ports[2].name: Duplicate value: "http"',
      'spec.containers[0].ports[3].name: Invalid value: "Bad--": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[3].name: Invalid value: "Bad--": must not contain consecutive hyphens',
      'spec.containers[0].ports[3].name: Invalid value: "Bad--": must not begin or end with a hyphen',
    ]);
  });

  it('checks policies', () => {
    expect(
      errorsOf(
        pod({ containers: [container({ imagePullPolicy: 'Sometimes' })], restartPolicy: 'Maybe', dnsPolicy: 'X' }),
      ),
    ).toEqual([
      'spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
      'spec.restartPolicy: Unsupported value: "Maybe": supported values: "Always", "OnFailure", "Never"',
      'spec.dnsPolicy: Unsupported value: "X": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ]);
  });

  it('keeps requests within limits', () => {
    const errors = errorsOf(
      pod({
        containers: [
          container({
            resources: { requests: { memory: '128Mi', cpu: '0.5' }, limits: { memory: '64Mi', cpu: '250m' } },
          }),
        ],
      }),
    );
    expect(errors).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "500m": must be less than or equal to cpu limit of 250m',
      'spec.containers[0].resources.requests: Invalid value: "128Mi": must be less than or equal to memory limit of 64Mi',
    ]);
  });

  it('rejects negative and unknown resources', () => {
    expect(errorsOf(pod({ containers: [container({ resources: { limits: { cpu: '-1', gpu: '1' } } })] }))).toEqual([
      'spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      'spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource for containers',
      // Requests were defaulted from the limits, so they are reported too, as upstream does.
      'spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers',
    ]);
  });

  it('checks environment variables', () => {
    expect(
      errorsOf(
        pod({
          containers: [
            container({
              env: [
                { name: '' },
                { name: 'A=B' },
                { name: '1OK' },
                { name: 'C', valueFrom: {} },
                { name: 'D', value: 'x', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k' } } },
                { name: 'E', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } },
              ],
            }),
          ],
        }),
      ),
    ).toEqual([
      'spec.containers[0].env[0].name: Required value',
      `spec.containers[0].env[1].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
      'spec.containers[0].env[3].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      'spec.containers[0].env[4].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
      'spec.containers[0].env[5].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
    ]);
  });

  it('checks volumes and mounts', () => {
    expect(
      errorsOf(
        pod({
          volumes: [{ name: 'config', configMap: {} }, { name: 'cache' }, { name: 'cache' }],
          containers: [
            container({
              volumeMounts: [
                { name: 'data', mountPath: '/data' },
                { name: 'cache', mountPath: '/data' },
                { name: 'config', mountPath: '/etc/app' },
              ],
            }),
          ],
        }),
      ),
    ).toEqual([
      'spec.volumes[0].configMap.name: Required value',
      'spec.volumes[2].name: Duplicate value: "cache"',
      'spec.containers[0].volumeMounts[0].name: Not found: "data"',
      'spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique',
      'spec.containers[0].volumeMounts[2].name: Not found: "config"',
    ]);
  });

  it('checks probes', () => {
    expect(
      errorsOf(
        pod({
          containers: [
            container({
              livenessProbe: { httpGet: { port: 0 }, successThreshold: 2 },
              readinessProbe: { periodSeconds: 5 },
            }),
          ],
        }),
      ),
    ).toEqual([
      'spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
      'spec.containers[0].readinessProbe: Required value: must specify a handler type',
    ]);
  });

  it('checks tolerations and labels', () => {
    expect(
      errorsOf(
        pod(
          { containers: [container()], tolerations: [{ key: 'a', operator: 'Sometimes', effect: 'Never' }] },
          {
            labels: { app: 'x y' },
          },
        ),
      ),
    ).toEqual([
      `metadata.labels: Invalid value: "x y": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      'spec.tolerations[0].operator: Unsupported value: "Sometimes": supported values: "Equal", "Exists"',
      'spec.tolerations[0].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    ]);
  });

  it('rejects padded images and host port conflicts on pods', () => {
    expect(
      errorsOf(
        pod({
          containers: [
            container({ image: ' nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }),
            container({ name: 'b', ports: [{ containerPort: 81, hostPort: 8080 }] }),
          ],
        }),
      ),
    ).toEqual([
      'spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace',
      'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"',
    ]);
  });
});

describe('validatePod on update', () => {
  const old = pod({ containers: [container({ image: 'nginx:1.26' })] });

  it('allows changing images and adding tolerations', () => {
    const next = pod({
      containers: [container({ image: 'nginx:1.27' })],
      tolerations: [{ key: 'x', operator: 'Exists', effect: 'NoSchedule' }],
    });
    expect(errorsOf(next, old)).toEqual([]);
  });

  it('allows metadata changes', () => {
    expect(errorsOf(pod({ containers: [container({ image: 'nginx:1.26' })] }, { labels: { a: 'b' } }), old)).toEqual(
      [],
    );
  });

  it('forbids other spec changes', () => {
    const next = pod({ containers: [container({ image: 'nginx:1.26', env: [{ name: 'A', value: 'b' }] })] });
    expect(errorsOf(next, old)).toEqual([`spec: Forbidden: ${POD_UPDATE_MESSAGE}`]);
    expect(POD_UPDATE_MESSAGE).toBe(
      'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
  });

  it('forbids adding containers', () => {
    const next = pod({ containers: [container(), container({ name: 'b' })] });
    expect(errorsOf(next, old)).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
  });

  it('forbids removing tolerations', () => {
    const tolerated = pod({ containers: [container()], tolerations: [{ key: 'gpu', operator: 'Exists' }] });
    const next = pod({ containers: [container()], tolerations: [] });
    expect(errorsOf(next, tolerated)).toEqual([
      'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
    ]);
  });

  it('only lowers activeDeadlineSeconds', () => {
    const withDeadline = pod({ containers: [container()], activeDeadlineSeconds: 60 });
    expect(errorsOf(pod({ containers: [container()], activeDeadlineSeconds: 30 }), withDeadline)).toEqual([]);
    expect(errorsOf(pod({ containers: [container()], activeDeadlineSeconds: 90 }), withDeadline)).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 90: must be less than or equal to previous value',
    ]);
  });
});
