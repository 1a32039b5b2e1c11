import type { ErrorCause } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';
import { prepareService } from './prepare-service';
import type { ServiceSpec } from './service-spec';

const service = (spec: ServiceSpec): KubeObject => ({ metadata: { name: 'web', namespace: 'default' }, spec });
const messages = (errors: ErrorCause[]) => errors.map((e) => `${e.field ?? ''}: ${e.message}`);

describe('prepareService on create', () => {
  it('copies clusterIP into clusterIPs and fills single-stack IPv4 families', () => {
    const svc = service({ type: 'ClusterIP', clusterIP: '10.96.3.3', selector: { app: 'web' } });
    expect(prepareService(svc)).toEqual([]);
    expect(svc.spec).toMatchObject({ clusterIPs: ['10.96.3.3'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
  });

  it('makes headless selectorless services RequireDualStack with both families, as upstream does', () => {
    const svc = service({ clusterIP: 'None' });
    expect(prepareService(svc)).toEqual([]);
    expect(svc.spec).toMatchObject({ ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'] });
    const withSelector = service({ clusterIP: 'None', selector: { app: 'db' } });
    prepareService(withSelector);
    expect(withSelector.spec).toMatchObject({ ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] });
  });

  it('refuses what a single-stack IPv4 cluster cannot serve', () => {
    expect(messages(prepareService(service({ clusterIP: 'fd00::1', selector: { a: 'b' } })))).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"fd00::1"}: IPv6 is not configured on this cluster',
    ]);
    expect(messages(prepareService(service({ ipFamilyPolicy: 'RequireDualStack', selector: { a: 'b' } })))).toEqual([
      'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    ]);
    expect(messages(prepareService(service({ ipFamilies: ['IPv6'], selector: { a: 'b' } })))).toEqual([
      'spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    ]);
    expect(messages(prepareService(service({ clusterIPs: ['10.96.1.1', '10.96.1.2'] })))[0]).toBe(
      "spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
    );
  });

  it('leaves ExternalName services and wrongly typed fields alone', () => {
    const external = service({ type: 'ExternalName', externalName: 'db.example.com' });
    expect(prepareService(external)).toEqual([]);
    expect(external.spec).toEqual({ type: 'ExternalName', externalName: 'db.example.com' });
    const odd = service({ clusterIP: 5, ipFamilies: 'IPv4', ports: 'x' });
    expect(prepareService(odd)).toEqual([]);
    expect(odd.spec).toMatchObject({ clusterIP: 5, ipFamilies: 'IPv4', ports: 'x' });
  });
});

describe('prepareService on update', () => {
  const stored = (): KubeObject =>
    service({
      type: 'NodePort',
      clusterIP: '10.96.7.7',
      clusterIPs: ['10.96.7.7'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'http', port: 80, protocol: 'TCP', nodePort: 30080 },
        { name: 'https', port: 443, protocol: 'TCP', nodePort: 30443 },
      ],
    });

  it('keeps allocated values a resubmitted manifest leaves out', () => {
    const next = service({
      type: 'NodePort',
      ports: [
        { name: 'https', port: 8443 },
        { name: 'http', port: 80 },
      ],
    });
    expect(prepareService(next, stored())).toEqual([]);
    expect(next.spec).toMatchObject({
      clusterIP: '10.96.7.7',
      clusterIPs: ['10.96.7.7'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'https', nodePort: 30443 },
        { name: 'http', nodePort: 30080 },
      ],
    });
  });

  it('drops node ports when the type no longer uses them, unless the user changed them', () => {
    const clusterIP = stored();
    (clusterIP.spec as ServiceSpec).type = 'ClusterIP';
    prepareService(clusterIP, stored());
    expect((clusterIP.spec as { ports: object[] }).ports).toEqual([
      { name: 'http', port: 80, protocol: 'TCP' },
      { name: 'https', port: 443, protocol: 'TCP' },
    ]);
    const changed = stored();
    (changed.spec as { type: string; ports: { nodePort: number }[] }).type = 'ClusterIP';
    (changed.spec as { ports: { nodePort: number }[] }).ports[0].nodePort = 31000;
    prepareService(changed, stored());
    expect((changed.spec as { ports: { nodePort?: number }[] }).ports[0].nodePort).toBe(31000);
  });

  it('drops the cluster IP and families when the service becomes ExternalName', () => {
    const external = stored();
    Object.assign(external.spec as ServiceSpec, { type: 'ExternalName', externalName: 'db.example.com' });
    prepareService(external, stored());
    expect(external.spec).not.toHaveProperty('clusterIP');
    expect(external.spec).not.toHaveProperty('clusterIPs');
    expect(external.spec).not.toHaveProperty('ipFamilies');
    expect(external.spec).not.toHaveProperty('ipFamilyPolicy');
  });
});
