export { SelectorError } from './selector-error';
export * from './label-selector';
export * from './field-selector';
