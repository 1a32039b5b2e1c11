import type { KubeObject } from '@ksb/store';

const STARTED = '2025-01-01T00:00:00Z';

/**
 * A running pod of a Deployment as the API server stores it: defaulted spec, token volume, tolerations,
 * and a status with conditions and a container status (about 2.5 KB of JSON, without managedFields).
 */
export function benchPod(index: number, node: string): KubeObject {
  const name = `web-6d4cf56db6-${index.toString(36).padStart(5, '0')}`;
  const ip = `10.244.${(index >> 8) & 255}.${index & 255}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      generateName: 'web-6d4cf56db6-',
      labels: { app: 'web', 'pod-template-hash': '6d4cf56db6' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'web-6d4cf56db6',
          uid: '3f1b7f8e-8a4c-4f0e-9d55-4c2f1f0d2a11',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      creationTimestamp: STARTED,
      generation: 1,
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: 'nginx:1.27',
          imagePullPolicy: 'IfNotPresent',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          volumeMounts: [
            {
              name: 'kube-api-access-x2k9p',
              mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
              readOnly: true,
            },
          ],
        },
      ],
      volumes: [
        {
          name: 'kube-api-access-x2k9p',
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            ],
          },
        },
      ],
      nodeName: node,
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      securityContext: {},
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    },
    status: {
      phase: 'Running',
      qosClass: 'Burstable',
      hostIP: '172.18.0.2',
      hostIPs: [{ ip: '172.18.0.2' }],
      podIP: ip,
      podIPs: [{ ip }],
      startTime: STARTED,
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map(
        (type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: STARTED }),
      ),
      containerStatuses: [
        {
          name: 'web',
          image: 'docker.io/library/nginx:1.27',
          imageID: 'docker.io/library/nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a',
          containerID: `containerd://${index.toString(16).padStart(64, 'a')}`,
          ready: true,
          started: true,
          restartCount: 0,
          state: { running: { startedAt: STARTED } },
          lastState: {},
        },
      ],
    },
  };
}
