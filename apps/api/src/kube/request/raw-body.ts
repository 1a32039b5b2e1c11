import { raw, type RequestHandler } from 'express';

/** Largest request body, as the Kubernetes API server allows (3 MiB); beyond it 413 RequestEntityTooLarge. */
export const KUBE_MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * Reads every body as bytes, whatever its Content-Type: handlers decode JSON, YAML apply patches and
 * protobuf themselves, so no parser may consume the stream first.
 */
export const kubeRawBody = (): RequestHandler => raw({ type: () => true, limit: KUBE_MAX_BODY_BYTES });
