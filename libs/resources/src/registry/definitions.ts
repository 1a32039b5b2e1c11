import type { ResourceDefinition } from '../definition/resource-definition';
import * as kinds from '../kinds/definitions';

/** Every kind a sandbox serves, one definition each. */
export const RESOURCE_DEFINITIONS: readonly ResourceDefinition[] = Object.values(kinds);
