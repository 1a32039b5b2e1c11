import type { Type } from '@nestjs/common';
import { KubeResourcesModule } from './resources/kube-resources.module';

/**
 * The modules that serve Kubernetes resources, registered into the endpoint here. Their controllers route
 * under `clusters/:sandboxId/...`; by the time a handler runs, the request is authenticated and
 * authorized (@KubeContext()), its body is read raw (@RawBody()), and anything thrown becomes a Status.
 */
export const KUBE_RESOURCE_MODULES: Type[] = [KubeResourcesModule];
