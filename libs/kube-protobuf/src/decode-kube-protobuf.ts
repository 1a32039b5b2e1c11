import { decodeMessage } from './decode/message-decoder';
import { readEnvelope } from './envelope';
import type { JsonObject } from './json-value';
import { ProtobufDecodeError } from './protobuf-decode-error';
import { PROTOBUF_KINDS, protobufMessageFor } from './schema/kinds';
import { messageDescriptor } from './schema/message-registry';

/** The request Content-Type of protobuf bodies (kubectl adds no parameters). */
export const KUBE_PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';

export interface DecodedKubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  /** The object as kubectl would have sent it as JSON, kind and apiVersion included. */
  readonly object: JsonObject;
  /** Fields this server's tables do not know (sent by a newer client), skipped; for debug logging. */
  readonly unknownFields: string[];
}

const SUPPORTED = PROTOBUF_KINDS.map((entry) => `${entry.apiVersion} ${entry.kind}`).join(', ');

/**
 * Decodes a Kubernetes protobuf request body (`k8s\0` + runtime.Unknown, as kubectl's typed clients send for
 * `kubectl create namespace|secret|configmap|deployment|service|...` and `auth can-i`) into the JSON object the
 * same command sends as application/json. Throws ProtobufDecodeError on malformed bodies and unsupported kinds.
 */
export function decodeKubeProtobuf(body: Buffer): DecodedKubeObject {
  const envelope = readEnvelope(body);
  const { apiVersion, kind } = envelope;
  const message = protobufMessageFor(apiVersion, kind);
  if (!message) {
    throw new ProtobufDecodeError(
      `protobuf bodies of ${apiVersion} ${kind} are not supported; send JSON instead (protobuf is read for ${SUPPORTED})`,
    );
  }
  const context = { unknownFields: [...envelope.unknownFields] };
  const fields = decodeMessage(messageDescriptor(message), envelope.raw, '', context);
  return { apiVersion, kind, object: { kind, apiVersion, ...fields }, unknownFields: context.unknownFields };
}
