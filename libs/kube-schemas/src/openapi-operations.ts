import {
  CREATE_PARAMETERS,
  DELETE_COLLECTION_PARAMETERS,
  DELETE_PARAMETERS,
  LIST_PARAMETERS,
  NAME,
  NAMESPACE,
  PATCH_PARAMETERS,
  PRETTY,
  UPDATE_PARAMETERS,
} from './openapi-parameters';
import type {
  KubeAction,
  OpenApiContent,
  OpenApiKind,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiPathItem,
} from './openapi-types';
import { refTo, type GroupVersionKind } from './schema';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
export const STATUS = META + 'Status';
export const DELETE_OPTIONS = META + 'DeleteOptions';
export const PATCH = META + 'Patch';
export const SCALE = 'io.k8s.api.autoscaling.v1.Scale';
const SCALE_GVK: GroupVersionKind = { group: 'autoscaling', version: 'v1', kind: 'Scale' };

const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml'];
const STRATEGIC = 'application/strategic-merge-patch+json';
const ALL_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

/** The schema names a kind's operations use, resolved by the caller. */
export interface KindSchemas {
  kind: string;
  list?: string;
}

const json = (name: string): OpenApiContent => ({ 'application/json': { schema: { $ref: refTo(name) } } });

const responses = (name: string, codes: readonly string[]): OpenApiOperation['responses'] => {
  const out: OpenApiOperation['responses'] = {};
  const text: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted' };
  for (const code of codes) out[code] = { description: text[code], content: json(name) };
  out['401'] = { description: 'Unauthorized' };
  return out;
};

/** "networking.k8s.io" -> "Networking", "" -> "Core" (upstream's operationId and tag style). */
function groupWords(group: string): string[] {
  if (!group) return ['core'];
  return group.replace(/\.k8s\.io$/, '').split('.');
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

interface OperationContext {
  gvk: GroupVersionKind;
  tag: string;
  idInfix: string;
  strategicMergePatch: boolean;
}

function operation(
  context: OperationContext,
  action: KubeAction,
  operationId: string,
  description: string,
  parameters: OpenApiParameter[],
  extra: Pick<OpenApiOperation, 'requestBody' | 'responses'>,
  gvk: GroupVersionKind = context.gvk,
): OpenApiOperation {
  const op: OpenApiOperation = {
    operationId,
    description,
    tags: [context.tag],
    ...extra,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
  };
  if (parameters.length) op.parameters = parameters;
  return op;
}

function patchBody(context: OperationContext): OpenApiOperation['requestBody'] {
  const types = context.strategicMergePatch ? [...PATCH_TYPES, STRATEGIC] : PATCH_TYPES;
  const content: OpenApiContent = {};
  for (const type of types.sort()) content[type] = { schema: { $ref: refTo(PATCH) } };
  return { content, required: true };
}

/** get/put/patch on an object, or on its status or scale subresource. */
function itemOperations(
  context: OperationContext,
  verbs: ReadonlySet<string>,
  bodyName: string,
  suffix: '' | 'Status' | 'Scale',
  gvk: GroupVersionKind,
): OpenApiPathItem {
  const id = (prefix: string): string => `${prefix}${context.idInfix}${suffix}`;
  const what = suffix
    ? `${suffix.toLowerCase()} of the specified ${context.gvk.kind}`
    : `the specified ${context.gvk.kind}`;
  const item: OpenApiPathItem = {};
  if (verbs.has('get')) {
    item.get = operation(
      context,
      'get',
      id('read'),
      `read ${what}`,
      [],
      { responses: responses(bodyName, ['200']) },
      gvk,
    );
  }
  if (verbs.has('update')) {
    item.put = operation(
      context,
      'put',
      id('replace'),
      `replace ${what}`,
      UPDATE_PARAMETERS,
      { requestBody: { content: json(bodyName), required: true }, responses: responses(bodyName, ['200', '201']) },
      gvk,
    );
  }
  if (verbs.has('patch')) {
    item.patch = operation(
      context,
      'patch',
      id('patch'),
      `partially update ${what}`,
      PATCH_PARAMETERS,
      { requestBody: patchBody(context), responses: responses(bodyName, ['200', '201']) },
      gvk,
    );
  }
  return item;
}

/**
 * The path items of one kind, as upstream lays them out: collection and object paths (under
 * namespaces/{namespace} for namespaced kinds, plus the all-namespaces list), status and scale.
 */
export function kindPathItems(
  kind: OpenApiKind,
  schemas: KindSchemas,
  strategicMergePatch: boolean,
): Record<string, OpenApiPathItem> {
  const gvk: GroupVersionKind = { group: kind.group, version: kind.version, kind: kind.kind };
  const words = groupWords(kind.group);
  const gv = words.map(capitalize).join('') + capitalize(kind.version);
  const scope = kind.namespaced ? 'Namespaced' : '';
  const context: OperationContext = {
    gvk,
    tag: `${words.join('_')}_${kind.version}`,
    idInfix: `${gv}${scope}${kind.kind}`,
    strategicMergePatch,
  };
  const verbs = new Set(kind.verbs ?? ALL_VERBS);
  const root = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
  const collection = `${root}${kind.namespaced ? '/namespaces/{namespace}' : ''}/${kind.plural}`;
  const item = `${collection}/{name}`;
  const scopeParameters = kind.namespaced ? [NAMESPACE, PRETTY] : [PRETTY];
  const itemParameters = [NAME(kind.kind), ...scopeParameters];
  const paths: Record<string, OpenApiPathItem> = {};

  const collectionItem: OpenApiPathItem = {};
  if (verbs.has('list') && schemas.list) {
    const list = responses(schemas.list, ['200']);
    collectionItem.get = operation(
      context,
      'list',
      `list${gv}${scope}${kind.kind}`,
      `list or watch objects of kind ${kind.kind}`,
      LIST_PARAMETERS,
      { responses: list },
    );
    if (kind.namespaced) {
      paths[`${root}/${kind.plural}`] = {
        get: operation(
          context,
          'list',
          `list${gv}${kind.kind}ForAllNamespaces`,
          `list or watch objects of kind ${kind.kind}`,
          LIST_PARAMETERS,
          { responses: list },
        ),
        parameters: [PRETTY],
      };
    }
  }
  if (verbs.has('create')) {
    collectionItem.post = operation(
      context,
      'post',
      `create${context.idInfix}`,
      `create a ${kind.kind}`,
      CREATE_PARAMETERS,
      {
        requestBody: { content: json(schemas.kind), required: true },
        responses: responses(schemas.kind, ['200', '201', '202']),
      },
    );
  }
  if (verbs.has('deletecollection')) {
    collectionItem.delete = operation(
      context,
      'deletecollection',
      `delete${gv}Collection${scope}${kind.kind}`,
      `delete collection of ${kind.kind}`,
      DELETE_COLLECTION_PARAMETERS,
      {
        requestBody: { content: json(DELETE_OPTIONS) },
        responses: responses(STATUS, ['200']),
      },
    );
  }
  if (Object.keys(collectionItem).length) paths[collection] = { ...collectionItem, parameters: scopeParameters };

  const objectItem = itemOperations(context, verbs, schemas.kind, '', gvk);
  if (verbs.has('delete')) {
    objectItem.delete = operation(
      context,
      'delete',
      `delete${context.idInfix}`,
      `delete a ${kind.kind}`,
      DELETE_PARAMETERS,
      {
        requestBody: { content: json(DELETE_OPTIONS) },
        responses: responses(STATUS, ['200', '202']),
      },
    );
  }
  if (Object.keys(objectItem).length) paths[item] = { ...objectItem, parameters: itemParameters };

  const subresources = new Set(kind.subresources ?? []);
  if (subresources.has('status')) {
    paths[`${item}/status`] = {
      ...itemOperations(context, verbs, schemas.kind, 'Status', gvk),
      parameters: itemParameters,
    };
  }
  if (subresources.has('scale')) {
    paths[`${item}/scale`] = {
      ...itemOperations(context, verbs, SCALE, 'Scale', SCALE_GVK),
      parameters: itemParameters,
    };
  }
  return paths;
}
