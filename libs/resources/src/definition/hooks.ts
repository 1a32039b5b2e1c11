import type { ErrorCause } from '@ksb/errors';
import type { ResourceObject } from '../objects/resource-object';

// Room for the per-kind behaviour that later work adds to a definition; nothing here implements it yet.

/** Fills server defaults (Deployment strategy, pod restartPolicy, ...) into a copy of the object. */
export type Defaulter = (object: ResourceObject) => ResourceObject;

/** Field errors with upstream wording; `old` is set on update, for immutable fields. */
export type Validator = (object: ResourceObject, old?: ResourceObject) => ErrorCause[];

/** An OpenAPI v3 schema object for the kind, from which /openapi/v3 and explain are generated. */
export type OpenApiSchema = Readonly<Record<string, unknown>>;
