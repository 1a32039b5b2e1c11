import type { ErrorCause } from '@ksb/errors';
import { duplicateValue, invalidValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { list, record, str } from '../../../objects/read';
import { withMetadata } from '../../shared/with-metadata';
import { podSpecErrors } from './pod-spec.validation';
import { podUpdateErrors } from './pod-update.validation';

/** validateContainersOnlyForPod: templates may carry padded images (some tools use " " as a marker), pods not. */
function imageWhitespaceErrors(containers: unknown, path: string): ErrorCause[] {
  return list(containers).flatMap((item, index) => {
    const image = str(record(item).image);
    return image.trim() === image
      ? []
      : [invalidValue(`${path}[${String(index)}].image`, image, 'must not have leading or trailing whitespace')];
  });
}

/** checkHostPortConflicts: one protocol/hostIP/hostPort per pod. */
function hostPortErrors(containers: unknown, path: string): ErrorCause[] {
  const seen = new Set<string>();
  return list(containers).flatMap((item, index) =>
    list(record(item).ports).flatMap((entry, portIndex) => {
      const port = record(entry);
      if (typeof port.hostPort !== 'number' || port.hostPort === 0) return [];
      const key = `${str(port.protocol)}/${str(port.hostIP)}/${String(port.hostPort)}`;
      if (seen.has(key)) {
        return [duplicateValue(`${path}[${String(index)}].ports[${String(portIndex)}].hostPort`, key)];
      }
      seen.add(key);
      return [];
    }),
  );
}

export const validatePod: Validator = withMetadata((pod, old) => {
  const spec = record(pod.spec);
  const errors = [
    ...podSpecErrors(spec, 'spec'),
    ...imageWhitespaceErrors(spec.containers, 'spec.containers'),
    ...imageWhitespaceErrors(spec.initContainers, 'spec.initContainers'),
    ...hostPortErrors(spec.containers, 'spec.containers'),
  ];
  return old ? [...errors, ...podUpdateErrors(pod, old)] : errors;
});
