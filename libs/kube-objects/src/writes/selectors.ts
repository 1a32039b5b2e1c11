import { parseFieldSelector, parseLabelSelector, SelectorError } from '@ksb/selectors';
import { badRequest } from '../kube-errors';
import type { ListQuery } from '../object-scope';

/** Parsed label and field selectors of a list or watch; malformed ones are a BadRequest. */
export function selectorsOf(query: ListQuery) {
  try {
    return {
      labelSelector: query.labelSelector ? parseLabelSelector(query.labelSelector) : undefined,
      fieldSelector: query.fieldSelector ? parseFieldSelector(query.fieldSelector) : undefined,
    };
  } catch (error) {
    if (error instanceof SelectorError) throw badRequest(error.message);
    throw error;
  }
}
