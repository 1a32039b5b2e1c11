// Kubernetes apimachinery validation: names, label keys and values, and upstream's message formats.
export * from './dns-subdomain';
export * from './dns-names';
export * from './field-error';
export * from './go-quote';
export * from './go-strings';
export * from './int64';
export * from './label-key';
export * from './label-value';
export * from './messages';
