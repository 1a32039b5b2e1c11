// Kubernetes apimachinery validation: names, label keys and values, field errors and upstream's message formats.
export * from './config-keys';
export * from './dns-subdomain';
export * from './dns-names';
export * from './env-var-name';
export * from './field-error';
export * from './field-errors';
export * from './go-quote';
export * from './go-strings';
export * from './go-value';
export * from './int64';
export * from './label-key';
export * from './label-value';
export * from './messages';
export * from './percent';
export * from './ports';
