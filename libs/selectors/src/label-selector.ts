// Public label selector API (k8s.io/apimachinery/pkg/labels and metav1.LabelSelectorAsSelector).
export type { LabelOperator, LabelRequirement, LabelSelector } from './labels/types';
export { parseLabelSelector } from './labels/parser';
export { matchesLabels } from './labels/matches';
export { formatLabelSelector } from './labels/format';
export {
  labelSelectorFromObject,
  type LabelSelectorObject,
  type LabelSelectorRequirementObject,
} from './labels/from-object';
