import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { ControllerRuntimeModule } from '@ksb/controller-runtime';
import { DatabaseModule } from '@ksb/database';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { ReconcileModule } from '@ksb/reconcile';
import { RedisModule } from '@ksb/redis';
import { type NodesRequest, SandboxesModule, SandboxesService, type SandboxProfile } from '@ksb/sandboxes';
import { StoreModule } from '@ksb/store';
import { TenancyService } from '@ksb/tenancy';
import { useTestEnv } from './test-env';

/**
 * A Nest module for control-loop integration tests: the real store on the test database and Redis, the
 * controller runtime, the object verbs and sandbox provisioning, plus what the test adds. Tests call a
 * controller's reconcile(sandboxId) directly (deterministic), or run loops through ReconcileService.
 */
export async function createControlPlaneContext(
  extra: { imports?: Array<Type | DynamicModule>; providers?: Provider[] } = {},
  env: Record<string, string> = {},
): Promise<TestingModule> {
  useTestEnv(env);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule,
      DatabaseModule,
      RedisModule,
      StoreModule,
      ReconcileModule,
      ControllerRuntimeModule,
      KubeObjectsModule,
      SandboxesModule,
      ...(extra.imports ?? []),
    ],
    providers: extra.providers ?? [],
  }).compile();
  moduleRef.enableShutdownHooks();
  await moduleRef.init();
  return moduleRef;
}

/**
 * A provisioned sandbox (namespaces, nodes with leases, default services, StorageClass, ServiceAccounts)
 * of a preset ("single", "standard": 1 control plane + 2 workers, "large") or of uniform workers
 * (`nodes`: count, cpu, memory...) in a fresh tenant.
 */
export async function provisionSandbox(
  moduleRef: TestingModule,
  options: { preset?: string; profile?: SandboxProfile; nodes?: NodesRequest } = {},
): Promise<{ tenantId: string; sandboxId: string }> {
  const tenant = await moduleRef.get(TenancyService).createTenant({ kind: 'admin' }, `t-${Date.now()}`);
  const view = await moduleRef.get(SandboxesService).create(
    { kind: 'admin' },
    {
      tenantId: tenant.id,
      name: 'test',
      profile: options.profile ?? 'fast',
      ...(options.nodes ? { nodes: options.nodes } : { preset: options.preset ?? 'standard' }),
    },
  );
  return { tenantId: tenant.id, sandboxId: view.id };
}
