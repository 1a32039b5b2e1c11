import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';

const MAX_NAME_LENGTH = 253;

/**
 * GetPodFromTemplate: a pod of the ReplicaSet's template, named `<rs>-<random>`, with the template's
 * labels, annotations and finalizers and the ReplicaSet as its controller.
 */
export function podFromTemplate(rs: ReplicaSet): Pod {
  const name = rs.metadata?.name ?? '';
  const template = rs.spec?.template;
  const meta = template?.metadata ?? {};
  // getPodsPrefix: "<name>-" unless that is not a valid name prefix.
  const prefix = name.length + 1 <= MAX_NAME_LENGTH ? `${name}-` : name;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: prefix,
      ...(meta.labels && Object.keys(meta.labels).length ? { labels: { ...meta.labels } } : {}),
      ...(meta.annotations && Object.keys(meta.annotations).length ? { annotations: { ...meta.annotations } } : {}),
      ...(meta.finalizers?.length ? { finalizers: [...meta.finalizers] } : {}),
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name,
          uid: rs.metadata?.uid ?? '',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: structuredClone(template?.spec ?? { containers: [] }),
  };
}
