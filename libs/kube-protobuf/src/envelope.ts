import { ProtobufDecodeError } from './protobuf-decode-error';
import { readFields, type WireField } from './wire/wire-reader';

/** The four bytes every Kubernetes protobuf body starts with: "k8s" and a NUL. */
export const KUBE_PROTOBUF_MAGIC = Buffer.from('k8s\0', 'latin1');

/** runtime.Unknown, the envelope around every protobuf object: its type and the object's own bytes. */
export interface KubeEnvelope {
  readonly apiVersion: string;
  readonly kind: string;
  /** The object's own message (e.g. a Deployment), without TypeMeta. */
  readonly raw: Buffer;
  readonly unknownFields: string[];
}

// Field numbers of runtime.Unknown and runtime.TypeMeta in k8s.io/apimachinery/pkg/runtime/generated.proto.
const UNKNOWN = { typeMeta: 1, raw: 2, contentEncoding: 3, contentType: 4 } as const;
const TYPE_META = { apiVersion: 1, kind: 2 } as const;

/** The last occurrence of a length-delimited field (protobuf's "last one wins"), or undefined. */
function bytesField(fields: WireField[], number: number, where: string): Buffer | undefined {
  const field = fields.findLast((candidate) => candidate.number === number);
  if (field === undefined) return undefined;
  if (field.wireType !== 'bytes') {
    throw new ProtobufDecodeError(`${where}: field ${number} should be length-delimited, got ${field.wireType}`);
  }
  return field.value;
}

const text = (fields: WireField[], number: number, where: string) =>
  bytesField(fields, number, where)?.toString('utf8') ?? '';

export function readEnvelope(body: Buffer): KubeEnvelope {
  if (
    body.length < KUBE_PROTOBUF_MAGIC.length ||
    !body.subarray(0, KUBE_PROTOBUF_MAGIC.length).equals(KUBE_PROTOBUF_MAGIC)
  ) {
    throw new ProtobufDecodeError('not a Kubernetes protobuf body: it does not start with the "k8s\\0" prefix');
  }
  const unknown = readFields(body.subarray(KUBE_PROTOBUF_MAGIC.length), 'the runtime.Unknown envelope');
  // kubectl never compresses or nests another serialization here; anything else is not something we can read.
  const contentEncoding = text(unknown, UNKNOWN.contentEncoding, 'runtime.Unknown');
  if (contentEncoding) throw new ProtobufDecodeError(`unsupported protobuf contentEncoding "${contentEncoding}"`);
  const contentType = text(unknown, UNKNOWN.contentType, 'runtime.Unknown');
  if (contentType && contentType !== 'application/vnd.kubernetes.protobuf') {
    throw new ProtobufDecodeError(`unsupported protobuf envelope contentType "${contentType}"`);
  }
  const typeMeta = readFields(bytesField(unknown, UNKNOWN.typeMeta, 'runtime.Unknown') ?? Buffer.alloc(0), 'TypeMeta');
  const apiVersion = text(typeMeta, TYPE_META.apiVersion, 'TypeMeta');
  const kind = text(typeMeta, TYPE_META.kind, 'TypeMeta');
  if (!apiVersion || !kind) throw new ProtobufDecodeError('protobuf body has no apiVersion and kind in its envelope');
  const known = new Set<number>(Object.values(UNKNOWN));
  return {
    apiVersion,
    kind,
    raw: bytesField(unknown, UNKNOWN.raw, 'runtime.Unknown') ?? Buffer.alloc(0),
    unknownFields: unknown
      .filter((field) => !known.has(field.number))
      .map((field) => `envelope: field ${field.number} (${field.wireType}) of runtime.Unknown`),
  };
}
