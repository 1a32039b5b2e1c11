/** What representation a client asked for in Accept: a Table (kubectl get) or the object itself. */
export interface Representation {
  as: 'Table' | 'PartialObjectMetadata' | 'PartialObjectMetadataList' | 'Object';
  /** The aggregated discovery list (apidiscovery.k8s.io/v2) instead of the legacy documents. */
  aggregatedDiscovery: boolean;
  /** The exact media type to echo back when answering with a negotiated kind. */
  mediaType?: string;
}

interface MediaRange {
  type: string;
  params: Record<string, string>;
  raw: string;
}

function parseAccept(header: string | undefined): MediaRange[] {
  if (!header) return [];
  return header.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((p) => p.trim());
    return {
      type: type.toLowerCase(),
      params: Object.fromEntries(
        params.map((p) => {
          const eq = p.indexOf('=');
          return eq < 0 ? [p, ''] : [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
        }),
      ),
      raw: part.trim(),
    };
  });
}

/**
 * Kubernetes negotiates the response kind through Accept parameters (as=Table;v=v1;g=meta.k8s.io).
 * The first range we can serve wins, in the client's order, as the API server does.
 */
export function negotiate(header: string | undefined): Representation {
  for (const range of parseAccept(header)) {
    const json = range.type === 'application/json' || range.type === '*/*' || range.type === 'application/*';
    if (!json) continue;
    const { as, g, v } = range.params;
    if (!as) return { as: 'Object', aggregatedDiscovery: false };
    if (as === 'Table' && g === 'meta.k8s.io' && (v === 'v1' || v === 'v1beta1')) {
      return { as: 'Table', aggregatedDiscovery: false, mediaType: range.raw };
    }
    if ((as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') && g === 'meta.k8s.io') {
      return { as, aggregatedDiscovery: false, mediaType: range.raw };
    }
    if (as === 'APIGroupDiscoveryList' && g === 'apidiscovery.k8s.io' && v === 'v2') {
      return { as: 'Object', aggregatedDiscovery: true, mediaType: range.raw };
    }
  }
  return { as: 'Object', aggregatedDiscovery: false };
}
