import type { ResourceObject } from '../../../objects/resource-object';
import { defaultService } from './service.defaults';
import { validateService } from './service.validation';

const service = (spec: Record<string, unknown>): ResourceObject =>
  defaultService({ metadata: { name: 'web', namespace: 'default' }, spec });

const errorsOf = (object: ResourceObject, old?: ResourceObject): string[] =>
  validateService(object, old).map((error) => `${error.field ?? ''}: ${error.message}`);

describe('validateService', () => {
  it('accepts a defaulted service', () => {
    expect(errorsOf(service({ selector: { app: 'web' }, ports: [{ port: 80 }] }))).toEqual([]);
  });

  it('requires ports unless headless or ExternalName', () => {
    expect(errorsOf(service({}))).toEqual(['spec.ports: Required value']);
    expect(errorsOf(service({ clusterIP: 'None' }))).toEqual([]);
    expect(errorsOf(service({ type: 'ExternalName', externalName: 'example.com.' }))).toEqual([]);
  });

  it('checks each port', () => {
    expect(
      errorsOf(
        service({
          ports: [
            { port: 0, protocol: 'HTTP' },
            { name: 'web', port: 80, targetPort: 'Web' },
          ],
        }),
      ),
    ).toEqual([
      'spec.ports[0].name: Required value',
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      // targetPort was defaulted from the bad port, as upstream does.
      'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[1].targetPort: Invalid value: "Web": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it('reports duplicate names and ports as upstream prints them', () => {
    expect(
      errorsOf(
        service({
          ports: [
            { name: '80', port: 80 },
            { name: '443', port: 443 },
            { name: '443', port: 443 },
          ],
        }),
      ),
    ).toEqual([
      'spec.ports[2].name: Duplicate value: "443"',
      'spec.ports[2]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:443, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });

  it('checks the type and node ports', () => {
    expect(errorsOf(service({ type: 'Internal', ports: [{ port: 80 }] }))).toEqual([
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
    expect(errorsOf(service({ type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }))).toEqual([
      'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ]);
    expect(errorsOf(service({ ports: [{ port: 80, nodePort: 30080 }] }))).toEqual([
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ]);
    expect(
      errorsOf(
        service({
          type: 'NodePort',
          ports: [
            { name: 'a', port: 80, nodePort: 30080 },
            { name: 'b', port: 81, nodePort: 30080 },
          ],
        }),
      ),
    ).toEqual(['spec.ports[1].nodePort: Duplicate value: 30080']);
  });

  it('keeps headless services off node ports and checks ExternalName', () => {
    expect(errorsOf(service({ type: 'NodePort', clusterIP: 'None', ports: [{ port: 80 }] }))).toEqual([
      'spec.clusterIP: Invalid value: "None": may not be set to \'None\' for NodePort services',
    ]);
    expect(errorsOf(service({ type: 'ExternalName' }))).toEqual(['spec.externalName: Required value']);
  });

  it('checks selector labels and session affinity', () => {
    expect(
      errorsOf(
        service({
          selector: { app: '-x' },
          ports: [{ port: 80 }],
          sessionAffinity: 'ClientIP',
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } },
        }),
      ).map((error) => error.split(':')[0]),
    ).toEqual(['spec.selector', 'spec.sessionAffinityConfig.clientIP.timeoutSeconds']);
    expect(errorsOf(service({ ports: [{ port: 80 }], sessionAffinity: 'Cookie' }))).toEqual([
      'spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"',
    ]);
  });
});

describe('validateService on update', () => {
  const allocated = (spec: Record<string, unknown>) =>
    service({ ports: [{ port: 80 }], clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], ...spec });

  it('keeps the cluster IP when omitted or unchanged', () => {
    const old = allocated({});
    expect(errorsOf(service({ ports: [{ port: 8080 }] }), old)).toEqual([]);
    expect(errorsOf(allocated({ ports: [{ port: 8080 }] }), old)).toEqual([]);
  });

  it('rejects a new cluster IP, or turning into a headless service', () => {
    const old = allocated({});
    expect(errorsOf(allocated({ clusterIP: '10.96.0.21', clusterIPs: ['10.96.0.21'] }), old)).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"10.96.0.21"}: may not change once set',
    ]);
    expect(errorsOf(allocated({ clusterIP: 'None' }), old)).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"None"}: may not change once set',
    ]);
  });

  it('allows switching to ExternalName and dropping node ports on a type change', () => {
    const old = allocated({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
    expect(errorsOf(allocated({ type: 'ClusterIP', ports: [{ port: 80, nodePort: 30080 }] }), old)).toEqual([]);
    expect(errorsOf(service({ type: 'ExternalName', externalName: 'example.com', ipFamilies: ['IPv4'] }), old)).toEqual(
      [],
    );
  });
});
