import { entryOf, freePort, type ServiceProcess, startServiceProcess } from './service-process';

/** A worker as its own OS process, so tests can kill it like a crashed pod. */
export type WorkerProcess = ServiceProcess;

/** Starts the built worker with the test environment plus `env`, and waits for its /readyz. */
export async function startWorkerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const port = await freePort();
  return startServiceProcess(entryOf('worker'), `http://127.0.0.1:${port}/readyz`, {
    WORKER_HEALTH_PORT: String(port),
    ...env,
  });
}
