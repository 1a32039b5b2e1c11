export { decodeKubeProtobuf, KUBE_PROTOBUF_CONTENT_TYPE, type DecodedKubeObject } from './decode-kube-protobuf';
export type { JsonObject, JsonValue } from './json-value';
export { ProtobufDecodeError } from './protobuf-decode-error';
export { PROTOBUF_KINDS, type ProtobufKind } from './schema/kinds';
