import 'reflect-metadata';
import { loadConfig } from '@ksb/config';
import { createApiApp } from './api.app';
import { createKubeApp } from './kube/kube.app';

/** The platform API on PORT and, beside it, the sandboxes' Kubernetes API (HTTPS) on KUBE_PORT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const api = await createApiApp();
  const kube = await createKubeApp();
  await api.listen(config.PORT);
  await kube.listen(config.KUBE_PORT);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
