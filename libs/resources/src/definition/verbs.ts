/** The verbs discovery reports; kubectl hides kinds without verbs and checks them before acting. */
export type Verb = 'create' | 'delete' | 'deletecollection' | 'get' | 'list' | 'patch' | 'update' | 'watch';

/** What a persisted kind supports upstream (sorted, as discovery lists them). */
export const STORED_VERBS: readonly Verb[] = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

/** Namespaces are the exception: deleting all of them at once is not offered upstream. */
export const NAMESPACE_VERBS: readonly Verb[] = STORED_VERBS.filter((verb) => verb !== 'deletecollection');

/** Computed, never-stored kinds (metrics). */
export const READ_ONLY_VERBS: readonly Verb[] = ['get', 'list'];

/** status and scale subresources. */
export const STATUS_VERBS: readonly Verb[] = ['get', 'patch', 'update'];
