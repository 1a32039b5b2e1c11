import {
  aggregatedDiscovery,
  AGGREGATED_DISCOVERY_CONTENT_TYPE,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  RESOURCES,
} from '@ksb/resources';
import type { KubePath } from '../request/kube-path';
import type { Representation } from '../request/accept';

export interface JsonAnswer {
  status: number;
  body: unknown;
  contentType?: string;
}

/**
 * Discovery documents: aggregated (one request for everything, what kubectl 1.32 asks first) or the
 * legacy per-group documents. Undefined when the path names no group or version the server has.
 */
export function discovery(
  path: KubePath,
  representation: Representation,
  serverAddress: string,
): JsonAnswer | undefined {
  switch (path.type) {
    case 'api':
      return representation.aggregatedDiscovery
        ? { status: 200, body: aggregatedDiscovery(RESOURCES, 'api'), contentType: AGGREGATED_DISCOVERY_CONTENT_TYPE }
        : { status: 200, body: apiVersions(serverAddress) };
    case 'apis':
      return representation.aggregatedDiscovery
        ? { status: 200, body: aggregatedDiscovery(RESOURCES, 'apis'), contentType: AGGREGATED_DISCOVERY_CONTENT_TYPE }
        : { status: 200, body: apiGroupList(RESOURCES) };
    case 'group': {
      const document = apiGroup(RESOURCES, path.group);
      return document ? { status: 200, body: document } : undefined;
    }
    case 'group-version': {
      const document = apiResourceList(RESOURCES, path.group, path.version);
      return document ? { status: 200, body: document } : undefined;
    }
    default:
      return undefined;
  }
}
