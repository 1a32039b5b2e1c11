import type { MessageName } from './field-spec';

export interface ProtobufKind {
  readonly apiVersion: string;
  readonly kind: string;
  readonly message: MessageName;
}

/**
 * Kinds whose protobuf bodies can be decoded: every kind kubectl 1.32 was seen sending as protobuf. That is every
 * `kubectl create <generator>` subcommand, `create token`, `auth can-i [--list]`, `auth whoami`, `autoscale`
 * (autoscaling/v1), `debug node/...` (a Pod) and `certificate approve|deny` (a PUT of the whole CSR).
 * `run`, `expose`, `create -f`, `apply`, `drain` (Eviction) and every patch send JSON.
 */
export const PROTOBUF_KINDS: readonly ProtobufKind[] = [
  { apiVersion: 'v1', kind: 'Namespace', message: 'core.v1.Namespace' },
  { apiVersion: 'v1', kind: 'Secret', message: 'core.v1.Secret' },
  { apiVersion: 'v1', kind: 'ConfigMap', message: 'core.v1.ConfigMap' },
  { apiVersion: 'v1', kind: 'Service', message: 'core.v1.Service' },
  { apiVersion: 'v1', kind: 'ServiceAccount', message: 'core.v1.ServiceAccount' },
  { apiVersion: 'v1', kind: 'ResourceQuota', message: 'core.v1.ResourceQuota' },
  { apiVersion: 'v1', kind: 'Pod', message: 'core.v1.Pod' },
  { apiVersion: 'apps/v1', kind: 'Deployment', message: 'apps.v1.Deployment' },
  { apiVersion: 'batch/v1', kind: 'Job', message: 'batch.v1.Job' },
  { apiVersion: 'batch/v1', kind: 'CronJob', message: 'batch.v1.CronJob' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', message: 'rbac.v1.Role' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', message: 'rbac.v1.ClusterRole' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', message: 'rbac.v1.RoleBinding' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', message: 'rbac.v1.ClusterRoleBinding' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', message: 'networking.v1.Ingress' },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', message: 'policy.v1.PodDisruptionBudget' },
  { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', message: 'scheduling.v1.PriorityClass' },
  {
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    message: 'autoscaling.v1.HorizontalPodAutoscaler',
  },
  {
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    message: 'certificates.v1.CertificateSigningRequest',
  },
  {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    message: 'authorization.v1.SelfSubjectAccessReview',
  },
  {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectRulesReview',
    message: 'authorization.v1.SelfSubjectRulesReview',
  },
  { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview', message: 'authentication.v1.SelfSubjectReview' },
  { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', message: 'authentication.v1.TokenRequest' },
];

const BY_TYPE = new Map(PROTOBUF_KINDS.map((entry) => [`${entry.apiVersion}/${entry.kind}`, entry.message]));

export const protobufMessageFor = (apiVersion: string, kind: string): MessageName | undefined =>
  BY_TYPE.get(`${apiVersion}/${kind}`);
