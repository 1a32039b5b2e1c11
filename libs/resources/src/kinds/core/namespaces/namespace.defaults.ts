import type { Defaulter } from '../../../definition/hooks';
import { str } from '../../../objects/read';
import { child, copyObject } from '../../shared/json-defaults';

/** The label SetDefaults_Namespace keeps equal to the name, so selectors can pick namespaces by name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** SetDefaults_Namespace plus what the namespace strategy sets on create (the kubernetes finalizer, Active). */
export const defaultNamespace: Defaulter = (namespace) => {
  const copy = copyObject(namespace);
  const name = copy.metadata.name;
  if (name) copy.metadata.labels = { ...(copy.metadata.labels ?? {}), [NAMESPACE_NAME_LABEL]: name };
  const spec = child(copy, 'spec');
  // The namespace controller removes the finalizer while the namespace terminates: never put it back then.
  if (!copy.metadata.deletionTimestamp && spec.finalizers === undefined) spec.finalizers = ['kubernetes'];
  const status = child(copy, 'status');
  if (!str(status.phase)) status.phase = 'Active';
  return copy;
};
