import { goQuote } from '@ksb/validation';
import { failure, type KubeStatus } from '../status/kube-status';
import type { RequestAttributes } from './request-attributes';

/**
 * The API server's Forbidden answer, word for word: `pods is forbidden: User "u" cannot create resource
 * "pods" in API group "" in the namespace "default"`, or `forbidden: User "u" cannot post path "/x"`.
 */
export function forbiddenStatus(user: string, attributes: RequestAttributes): KubeStatus {
  if (!attributes.isResourceRequest || attributes.resource === '') {
    const message = `forbidden: User ${goQuote(user)} cannot ${attributes.verb} path ${goQuote(attributes.path)}`;
    return failure(403, 'Forbidden', message);
  }
  const { apiGroup, resource, subresource, namespace, name, verb } = attributes;
  const target = subresource ? `${resource}/${subresource}` : resource;
  const scope = namespace ? `in the namespace ${goQuote(namespace)}` : 'at the cluster scope';
  const reason = `User ${goQuote(user)} cannot ${verb} resource ${goQuote(target)} in API group ${goQuote(apiGroup)} ${scope}`;
  const groupResource = apiGroup ? `${resource}.${apiGroup}` : resource;
  const subject = name ? `${groupResource} ${goQuote(name)}` : groupResource;
  return failure(403, 'Forbidden', `${subject} is forbidden: ${reason}`, {
    // Empty fields are left out, as Go's omitempty does.
    name: name || undefined,
    group: apiGroup || undefined,
    kind: resource,
  });
}
