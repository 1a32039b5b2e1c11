import { entryOf, freePort, type ServiceProcess, startServiceProcess } from './service-process';

/** An API process (platform API and Kubernetes endpoint) and the port of its platform API. */
export interface ApiProcess extends ServiceProcess {
  readonly port: number;
}

/** Starts the built API with the test environment plus `env` on free ports, and waits for its /healthz. */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const kubePort = await freePort();
  const service = await startServiceProcess(entryOf('api'), `http://127.0.0.1:${port}/healthz`, {
    PORT: String(port),
    KUBE_PORT: String(kubePort),
    ...env,
  });
  return { ...service, port };
}
