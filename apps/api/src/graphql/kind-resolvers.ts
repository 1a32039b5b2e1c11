import type { Provider } from '@nestjs/common';
import { SandboxConfigResolver } from './config/config.resolver';
import { SandboxEventsResolver } from './events/events.resolver';
import { SandboxIngressesResolver } from './networking/ingresses.resolver';
import { SandboxObjectsResolver } from './objects/objects.resolver';
import { ServiceEventsResolver } from './services/service-events.resolver';
import { SandboxServicesResolver, ServiceFieldsResolver } from './services/services.resolver';
import { PersistentVolumeClaimFieldsResolver, SandboxVolumesResolver } from './storage/volumes.resolver';
import {
  DeploymentFieldsResolver,
  ReplicaSetFieldsResolver,
  SandboxWorkloadsResolver,
  StatefulSetFieldsResolver,
} from './workloads/workloads.resolver';

/** Resolvers of the typed kinds beyond pods and nodes (services, workloads, config, networking, storage, events). */
export const KIND_RESOLVERS: Provider[] = [
  SandboxServicesResolver,
  ServiceFieldsResolver,
  ServiceEventsResolver,
  SandboxWorkloadsResolver,
  DeploymentFieldsResolver,
  ReplicaSetFieldsResolver,
  StatefulSetFieldsResolver,
  SandboxConfigResolver,
  SandboxIngressesResolver,
  SandboxVolumesResolver,
  PersistentVolumeClaimFieldsResolver,
  SandboxEventsResolver,
  SandboxObjectsResolver,
];
