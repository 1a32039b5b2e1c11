import { RESOURCE_DEFINITIONS } from './definitions';
import { ResourceRegistry } from './resource-registry';

/** The registry of every kind a sandbox serves. */
export const RESOURCES = new ResourceRegistry(RESOURCE_DEFINITIONS);
