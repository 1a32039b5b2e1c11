// Kubernetes kinds of a sandbox, one definition each, and what derives from them: discovery and Tables.
export type {
  ResourceDefinition,
  ResourceSpec,
  StorageVersion,
  SubresourceDefinition,
} from './definition/resource-definition';
export type { ColumnType, PrinterColumn, Printer, RowCondition, TableCell } from './definition/printer';
export type { Defaulter, OpenApiSchema, Validator } from './definition/hooks';
export { type Verb, STORED_VERBS, NAMESPACE_VERBS, READ_ONLY_VERBS, STATUS_VERBS } from './definition/verbs';
export { apiVersionOf, defineResource, storeNameOf } from './definition/define-resource';
export type { ObjectMetadata, ResourceObject } from './objects/resource-object';
export { at, bool, isRecord, list, num, record, str, stringMap, type JsonRecord } from './objects/read';

export { humanDuration } from './duration/human-duration';
export { since } from './printing/timestamps';
export { podSummary, type PodSummary } from './kinds/core/pods/pod-summary';

export { buildTable } from './table/build-table';
export type * from './table/table-types';

export { RESOURCE_DEFINITIONS } from './registry/definitions';
export { RESOURCES } from './registry/default-registry';
export { GROUP_PRIORITY } from './registry/group-priority';
export { ResourceRegistry, singularOf, type GroupVersions } from './registry/resource-registry';

export { aggregatedDiscovery } from './discovery/aggregated-discovery';
export { apiGroup, apiGroupList, apiResourceList, apiVersions } from './discovery/legacy-discovery';
export { storageVersionHash } from './discovery/storage-version-hash';
export * from './discovery/discovery-types';

export * from './kinds/definitions';
