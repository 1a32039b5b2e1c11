import type { ErrorCause } from '@ksb/errors';
import { record } from '../../../objects/read';
import { objectMetaErrors } from '../../shared/object-meta.validation';
import { podSpecErrors } from './pod-spec.validation';

/**
 * ValidatePodTemplateSpec at `path` (e.g. spec.template): labels, annotations and pod spec. Upstream reports
 * template labels at `spec.template.labels` (without `metadata`), and so does this.
 */
export function podTemplateErrors(template: unknown, path: string): ErrorCause[] {
  const { metadata, spec } = record(template);
  return [...objectMetaErrors(metadata, path), ...podSpecErrors(spec, `${path}.spec`)];
}
