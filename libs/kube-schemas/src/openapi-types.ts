import type { Definitions, GroupVersionKind } from './schema';

/** What kind a served resource is; verbs and subresources as discovery lists them. */
export interface OpenApiKind {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** Discovery verbs (get, list, watch, create, update, patch, delete, deletecollection); default all. */
  verbs?: readonly string[];
  /** Subresources with operations in the document: "status" and "scale" (others are left out). */
  subresources?: readonly string[];
}

export interface OpenApiDocumentOptions {
  /** info.version: the server's gitVersion. Default "v1.32.0". */
  serverVersion?: string;
  /**
   * Whether PATCH lists application/strategic-merge-patch+json. kubectl's client-side apply then
   * computes strategic patches from these schemas, so only advertise it for complete ones. Default true:
   * the generated schemas are complete and carry upstream's patch meta.
   */
  strategicMergePatch?: boolean;
}

export type KubeAction = 'get' | 'list' | 'post' | 'put' | 'patch' | 'delete' | 'deletecollection';

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  description: string;
  required?: boolean;
  schema: { type: 'string' | 'boolean' | 'integer' };
}

export interface OpenApiContent {
  [mediaType: string]: { schema: { $ref: string } };
}

export interface OpenApiOperation {
  operationId: string;
  description: string;
  tags: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { content: OpenApiContent; required?: boolean };
  responses: Record<string, { description: string; content?: OpenApiContent }>;
  'x-kubernetes-action': KubeAction;
  'x-kubernetes-group-version-kind': GroupVersionKind;
}

export interface OpenApiPathItem {
  get?: OpenApiOperation;
  post?: OpenApiOperation;
  put?: OpenApiOperation;
  patch?: OpenApiOperation;
  delete?: OpenApiOperation;
  parameters?: OpenApiParameter[];
}

export interface OpenApiDocument {
  openapi: '3.0.0';
  info: { title: string; version: string };
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Definitions;
    securitySchemes: Record<string, { type: 'apiKey'; name: string; in: 'header'; description: string }>;
  };
  security: Array<Record<string, string[]>>;
}

/** A document with the exact bytes to serve and their hash (for the index's ?hash= and ETag). */
export interface ServedOpenApiDocument {
  readonly document: OpenApiDocument;
  readonly json: string;
  /** SHA-512 of json, upper-case hex (128 characters), as upstream's index uses. */
  readonly hash: string;
}
