import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { StatefulControllersModule } from '../stateful-controllers.module';
import { statefulTestKit, type StatefulTestKit } from '../statefulset/stateful-test-kit';
import { ServiceAccountsController } from './serviceaccounts.controller';

describe('ServiceAccountsController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: ServiceAccountsController;
  let kit: StatefulTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [StatefulControllersModule] });
    controller = moduleRef.get(ServiceAccountsController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'single' });
    kit = statefulTestKit(moduleRef, sandboxId);
  });

  it('gives a new namespace its default ServiceAccount and recreates it when deleted', async () => {
    expect(await kit.settle(controller)).toBe(0);
    await kit.create('namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    expect(await kit.settle(controller)).toBe(1);
    const account = await kit.find('serviceaccounts', 'team', 'default');
    expect(account).toMatchObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' } });

    await kit.delete('serviceaccounts', 'team', 'default');
    expect(await kit.settle(controller)).toBe(1);
    expect((await kit.find('serviceaccounts', 'team', 'default'))?.metadata.uid).not.toBe(account?.metadata.uid);
  });

  it('leaves terminating namespaces alone', async () => {
    await kit.create('namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'old' } });
    await kit.delete('namespaces', undefined, 'old');
    await kit.settle(controller);
    expect(await kit.find('serviceaccounts', 'old', 'default')).toBeUndefined();
  });
});
