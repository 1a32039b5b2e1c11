import type { ResourceObject } from '../../../objects/resource-object';
import { defaultPod } from './pod.defaults';

const pod = (spec: Record<string, unknown>): ResourceObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default' },
  spec,
});

describe('defaultPod', () => {
  it('fills what the API server adds to `kubectl run web --image=nginx`', () => {
    const defaulted = defaultPod(pod({ containers: [{ name: 'web', image: 'nginx' }] }));
    expect(defaulted.spec).toEqual({
      containers: [
        {
          name: 'web',
          image: 'nginx',
          imagePullPolicy: 'Always',
          resources: {},
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
    expect(defaulted.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('returns a copy and keeps values that were given', () => {
    const input = pod({
      containers: [{ name: 'web', image: 'nginx:1.27', imagePullPolicy: 'Never' }],
      restartPolicy: 'Never',
      serviceAccountName: 'builder',
      priority: 5,
    });
    const defaulted = defaultPod(input);
    expect(input.spec).not.toHaveProperty('dnsPolicy');
    expect(defaulted.spec).toMatchObject({
      restartPolicy: 'Never',
      serviceAccountName: 'builder',
      serviceAccount: 'builder',
      priority: 5,
      containers: [{ imagePullPolicy: 'Never' }],
    });
  });

  it('pulls tagged images only if not present', () => {
    const defaulted = defaultPod(pod({ containers: [{ name: 'a', image: 'redis:7' }] }));
    expect(defaulted.spec).toMatchObject({ containers: [{ imagePullPolicy: 'IfNotPresent' }] });
  });

  it('defaults requests from limits and derives the QoS class', () => {
    const defaulted = defaultPod(
      pod({ containers: [{ name: 'a', image: 'nginx', resources: { limits: { cpu: '500m', memory: '64Mi' } } }] }),
    );
    expect(defaulted.spec).toMatchObject({
      containers: [
        { resources: { limits: { cpu: '500m', memory: '64Mi' }, requests: { cpu: '500m', memory: '64Mi' } } },
      ],
    });
    expect(defaulted.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
  });

  it('is Burstable when only some resources are set', () => {
    const defaulted = defaultPod(
      pod({ containers: [{ name: 'a', image: 'x', resources: { requests: { cpu: '1' } } }] }),
    );
    expect(defaulted.status).toEqual({ phase: 'Pending', qosClass: 'Burstable' });
  });

  it('keeps an existing status', () => {
    const input = { ...pod({ containers: [] }), status: { phase: 'Running', podIP: '10.244.1.5' } };
    expect(defaultPod(input).status).toEqual({ phase: 'Running', podIP: '10.244.1.5' });
  });

  it('does not add tolerations a pod already has', () => {
    const defaulted = defaultPod(
      pod({ containers: [], tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }] }),
    );
    expect(defaulted.spec).toMatchObject({
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
    const everything = defaultPod(pod({ containers: [], tolerations: [{ operator: 'Exists' }] }));
    expect(everything.spec).toMatchObject({ tolerations: [{ operator: 'Exists' }] });
  });

  it('defaults ports, probes, env field references and volumes', () => {
    const defaulted = defaultPod(
      pod({
        hostNetwork: true,
        containers: [
          {
            name: 'a',
            image: 'nginx',
            ports: [{ containerPort: 80 }],
            readinessProbe: { httpGet: { port: 80 } },
            env: [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
          },
        ],
        volumes: [
          { name: 'scratch' },
          { name: 'config', configMap: { name: 'app' } },
          { name: 'host', hostPath: { path: '/data' } },
        ],
      }),
    );
    expect(defaulted.spec).toMatchObject({
      containers: [
        {
          ports: [{ containerPort: 80, protocol: 'TCP', hostPort: 80 }],
          readinessProbe: {
            httpGet: { port: 80, path: '/', scheme: 'HTTP' },
            timeoutSeconds: 1,
            periodSeconds: 10,
            successThreshold: 1,
            failureThreshold: 3,
          },
          env: [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName', apiVersion: 'v1' } } }],
        },
      ],
      volumes: [
        { name: 'scratch', emptyDir: {} },
        { name: 'config', configMap: { name: 'app', defaultMode: 420 } },
        { name: 'host', hostPath: { path: '/data', type: '' } },
      ],
    });
  });
});
