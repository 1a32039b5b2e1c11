import { Agent, request } from 'node:https';

export interface HttpsReply {
  status: number;
  body: Buffer;
}

export interface HttpsCall {
  method: string;
  path: string;
  token?: string;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * HTTPS requests over one keep-alive agent that trusts only the given CA, as kubectl does. The host is
 * an IP so no request waits on a name lookup; the server certificate covers 127.0.0.1.
 */
export class HttpsClient {
  readonly agent: Agent;

  constructor(
    readonly host: string,
    readonly port: number,
    readonly caPem: string,
    maxSockets = Infinity,
  ) {
    this.agent = new Agent({ keepAlive: true, ca: caPem, maxSockets });
  }

  send(call: HttpsCall): Promise<HttpsReply> {
    const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
    if (call.token !== undefined) headers.Authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(call.body));
    return new Promise((resolve, reject) => {
      const req = request(
        { host: this.host, port: this.port, method: call.method, path: call.path, agent: this.agent, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(call.body);
    });
  }

  /** Sends and fails unless the answer has the expected status. */
  async expect(status: number, call: HttpsCall): Promise<HttpsReply> {
    const reply = await this.send(call);
    if (reply.status !== status) {
      throw new Error(`${call.method} ${call.path}: ${reply.status} ${reply.body.toString().slice(0, 300)}`);
    }
    return reply;
  }

  close(): void {
    this.agent.destroy();
  }
}
