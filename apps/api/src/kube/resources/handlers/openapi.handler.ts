import { groupVersionOfOpenApiPath, openApiDocument, openApiIndex, type OpenApiKind } from '@ksb/kube-schemas';
import { RESOURCES, type ResourceDefinition } from '@ksb/resources';
import { SERVER_VERSION } from '../../version/server-version';

const groupVersionOf = (d: Pick<ResourceDefinition, 'group' | 'version'>) =>
  d.group ? `${d.group}/${d.version}` : d.version;

const servedGroupVersions = (): string[] => [
  ...new Set(
    RESOURCES.groupVersions().flatMap((g) => g.versions.map((v) => groupVersionOf({ group: g.group, version: v }))),
  ),
];

function kindsOf(groupVersion: string): OpenApiKind[] {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return RESOURCES.inGroupVersion(group, version).map((d) => ({
    group: d.group,
    version: d.version,
    kind: d.kind,
    plural: d.plural,
    namespaced: d.namespaced,
    verbs: d.verbs,
    subresources: Object.keys(d.subresources).filter((s) => s === 'status' || s === 'scale'),
  }));
}

const documentOf = (groupVersion: string) =>
  openApiDocument(groupVersion, kindsOf(groupVersion), { serverVersion: SERVER_VERSION.gitVersion });

/** GET /openapi/v3: which documents exist, each with a content hash kubectl caches by. */
export const openApiIndexBody = () => openApiIndex(servedGroupVersions(), (gv) => documentOf(gv).hash);

/** GET /openapi/v3/api/v1, /openapi/v3/apis/<group>/<version>: the document's JSON, or undefined. */
export function openApiDocumentJson(path: string): { json: string; hash: string } | undefined {
  const groupVersion = groupVersionOfOpenApiPath(path);
  if (!groupVersion || !servedGroupVersions().includes(groupVersion)) return undefined;
  return documentOf(groupVersion);
}
