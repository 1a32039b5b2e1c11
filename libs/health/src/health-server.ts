import { createServer, Server } from 'node:http';
import type { ReadinessService } from './readiness.service';

/** A bare HTTP health endpoint for processes without an HTTP API (the worker): /healthz and /readyz. */
export function startHealthServer(port: number, readiness: ReadinessService): Promise<Server> {
  const server = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/healthz') return reply(200, { status: 'ok' });
    if (request.url === '/readyz') {
      readiness.check().then(
        (result) => reply(result.ready ? 200 : 503, result),
        (error: Error) => reply(503, { ready: false, error: error.message }),
      );
      return;
    }
    reply(404, { status: 404, title: 'Not Found' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
