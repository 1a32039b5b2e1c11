/** A Kubernetes timestamp (metav1.Time): RFC 3339 in UTC with second precision. */
export const kubeTime = (date: Date = new Date()): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
