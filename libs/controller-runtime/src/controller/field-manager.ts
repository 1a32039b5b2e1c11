/** The field manager upstream's controllers write as (metadata.managedFields of what they create). */
export const CONTROLLER_MANAGER = 'kube-controller-manager';
