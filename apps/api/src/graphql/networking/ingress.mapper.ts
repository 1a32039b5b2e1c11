import { at, list, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { metaOf, optionalText } from '../common/object-meta.type';
import type { Ingress, IngressBackend } from './ingress.type';

/** service.port: a number or a name (networking.k8s.io/v1 ServiceBackendPort). */
function servicePortOf(backend: unknown): string | null {
  const number = at(backend, 'service', 'port', 'number');
  if (typeof number === 'number') return String(number);
  return optionalText(at(backend, 'service', 'port', 'name'));
}

function backendOf(backend: unknown): IngressBackend | null {
  if (backend === undefined || backend === null) return null;
  return {
    serviceName: optionalText(at(backend, 'service', 'name')),
    servicePort: servicePortOf(backend),
    resource: at(backend, 'resource') ?? null,
  };
}

export function toIngress(ingress: KubeObject): Ingress {
  const spec = ingress.spec;
  return {
    metadata: metaOf(ingress),
    ingressClassName: optionalText(at(spec, 'ingressClassName')),
    rules: list(at(spec, 'rules')).map((rule) => ({
      host: optionalText(at(rule, 'host')) || null,
      paths: list(at(rule, 'http', 'paths')).map((path) => ({
        path: str(at(path, 'path')) || '/',
        pathType: str(at(path, 'pathType'), 'ImplementationSpecific'),
        serviceName: optionalText(at(path, 'backend', 'service', 'name')),
        servicePort: servicePortOf(at(path, 'backend')),
      })),
    })),
    defaultBackend: backendOf(at(spec, 'defaultBackend')),
    tlsHosts: list(at(spec, 'tls')).flatMap((tls) => list(at(tls, 'hosts')).map((host) => str(host))),
    addresses: list(at(ingress, 'status', 'loadBalancer', 'ingress'))
      .map((entry) => str(at(entry, 'ip')) || str(at(entry, 'hostname')))
      .filter((address) => address !== ''),
    json: ingress,
  };
}
