// Server-side apply: what the API server wires into PATCH application/apply-patch+yaml and records
// in metadata.managedFields on every write. Internals (merge, compare, prune) stay private.
export * from './apply-configuration';
export * from './apply-schema';
export * from './conflicts';
export * from './field-set';
export * from './field-set-of';
export * from './fields-v1';
export { goJsonEncode, goJsonMarshal } from './go-json';
export { KUBECTL_SERVER_SIDE_MANAGER, LAST_APPLIED_ANNOTATION } from './last-applied';
export * from './managed-fields';
export { describePath } from './path-element';
export type { FieldPath, PathElement } from './path-element';
export * from './update-managed-fields';
