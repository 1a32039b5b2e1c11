import type { Provider } from '@nestjs/common';

/** Resolvers of the typed kinds beyond pods and nodes (services, workloads, config, networking, storage, events). */
export const KIND_RESOLVERS: Provider[] = [];
