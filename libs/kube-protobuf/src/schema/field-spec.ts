/** Protobuf scalar types Kubernetes messages use. Kubernetes has no protobuf enums: enum-like fields are strings. */
export type ScalarType = 'string' | 'bytes' | 'bool' | 'int32' | 'int64';

/** A message name: the proto package without its k8s.io prefix, then the message ("core.v1.Container"). */
export type MessageName = `${string}.${string}`;

/** A map field's value type; keys are always strings in Kubernetes messages. */
export type MapType = `map:${ScalarType | MessageName}`;

export type FieldType = ScalarType | MessageName | MapType;

/**
 * - repeated: a list, one wire entry per element.
 * - pointer: a Go pointer field (`*int32 replicas`). Go writes it only when set, so a zero on the wire is meant
 *   (replicas: 0) and is kept. Go writes every non-pointer scalar, set or not, so their zeros mean "unset" and are
 *   left out, as encoding/json's omitempty would.
 * - inline: a Go embedded struct tagged `json:",inline"` (Volume.volumeSource, Probe.handler): its fields belong
 *   to the parent's JSON object.
 */
export type FieldFlag = 'repeated' | 'pointer' | 'inline';

/** [field number, JSON name, type, ...flags], one per proto field. */
export type FieldSpec = readonly [number: number, name: string, type: FieldType, ...flags: FieldFlag[]];

export type MessageTable = Readonly<Record<MessageName, readonly FieldSpec[]>>;
