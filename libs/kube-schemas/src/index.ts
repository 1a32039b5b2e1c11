export * from './schema';
export { allDefinitions, definitionFor, definitionNameFor } from './definitions';
export { PATCH_FACTS, type PatchFact } from './patch-facts';
export { unknownFields } from './unknown-fields';
export { patchSchemaFor } from './patch-schema';
export { openApiDocument } from './openapi-document';
export { groupVersionOfOpenApiPath, openApiIndex, openApiPathOf, type OpenApiIndex } from './openapi-index';
export type * from './openapi-types';
