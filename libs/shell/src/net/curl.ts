import type { CommandContext } from '../commands/types';
import type { Effect, ResumeValue } from '../run/effects';
import { type HttpCall, type HttpOutcome, parseUrl } from './network';

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  fail: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  output?: string;
  method?: string;
  headers: Record<string, string>;
  data?: string;
  maxTimeMs?: number;
  writeOut?: string;
  url?: string;
}

function options(args: readonly string[]): CurlOptions {
  const o: CurlOptions = {
    silent: false,
    showError: false,
    fail: false,
    include: false,
    head: false,
    verbose: false,
    headers: {},
  };
  const valued = new Set([
    '-o',
    '-X',
    '-H',
    '-d',
    '-m',
    '-w',
    '--output',
    '--request',
    '--header',
    '--data',
    '--data-raw',
    '--max-time',
    '--write-out',
    '--connect-timeout',
    '-u',
    '-A',
    '--user-agent',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (valued.has(arg)) {
      const value = args[++i] ?? '';
      if (arg === '-o' || arg === '--output') o.output = value;
      else if (arg === '-X' || arg === '--request') o.method = value;
      else if (arg === '-H' || arg === '--header') {
        const colon = value.indexOf(':');
        if (colon > 0) o.headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
      } else if (arg === '-d' || arg === '--data' || arg === '--data-raw') o.data = value;
      else if (arg === '-m' || arg === '--max-time') o.maxTimeMs = Number(value) * 1000;
      else if (arg === '-w' || arg === '--write-out') o.writeOut = value;
      else if (arg === '-A' || arg === '--user-agent') o.headers['user-agent'] = value;
    } else if (/^-[a-zA-Z]+$/.test(arg)) {
      for (const flag of arg.slice(1)) {
        if (flag === 's') o.silent = true;
        else if (flag === 'S') o.showError = true;
        else if (flag === 'f') o.fail = true;
        else if (flag === 'i') o.include = true;
        else if (flag === 'I') o.head = true;
        else if (flag === 'v') o.verbose = true;
      }
    } else if (arg === '--silent') o.silent = true;
    else if (arg === '--fail') o.fail = true;
    else if (arg === '--include') o.include = true;
    else if (arg === '--head') o.head = true;
    else if (arg === '--verbose') o.verbose = true;
    else if (!arg.startsWith('-')) o.url ??= arg;
  }
  return o;
}

const major = (version: string) => Number(version.split('.')[0]) || 8;

/** curl's error line and exit code for a failed transfer. */
function failure(
  outcome: Exclude<HttpOutcome, { kind: 'response' }>,
  call: HttpCall,
  version: string,
): { code: number; message: string } {
  const couldnt = major(version) >= 8 ? "Couldn't connect to server" : 'Connection refused';
  switch (outcome.kind) {
    case 'unresolved':
      return { code: 6, message: `Could not resolve host: ${call.host}` };
    case 'refused':
      return { code: 7, message: `Failed to connect to ${call.host} port ${call.port} after 0 ms: ${couldnt}` };
    case 'unreachable':
      return {
        code: 7,
        message: `Failed to connect to ${call.host} port ${call.port} after 3 ms: ${major(version) >= 8 ? couldnt : 'No route to host'}`,
      };
    case 'timeout':
      return call.timeoutMs !== undefined
        ? { code: 28, message: `Connection timed out after ${outcome.afterMs} milliseconds` }
        : {
            code: 28,
            message: `Failed to connect to ${call.host} port ${call.port} after ${outcome.afterMs} ms: ${couldnt}`,
          };
    case 'protocol-error':
      return { code: outcome.curlCode, message: outcome.curlMessage };
    default: {
      const _never: never = outcome;
      return { code: 1, message: String(_never) };
    }
  }
}

const progress = (bytes: number): string =>
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
  `100 ${String(bytes).padStart(5)}  100 ${String(bytes).padStart(5)}    0     0   ${String(bytes).padStart(4)}      0 --:--:-- --:--:-- --:--:-- ${String(bytes).padStart(5)}\n`;

/** curl through the simulated network: output, errors and exit codes as curl 8 prints them. */
export function* curl(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const o = options(ctx.args);
  const version = ctx.env.curlVersion ?? '8.13.0';
  if (o.url === undefined) {
    ctx.fail('curl: no URL specified!');
    ctx.fail("curl: try 'curl --help' or 'curl --manual' for more information");
    return 2;
  }
  const url = parseUrl(o.url);
  if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
    ctx.fail(url ? `curl: (1) Protocol "${url.scheme}" not supported` : `curl: (3) URL rejected: Bad hostname`);
    return url ? 1 : 3;
  }
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  const headers: Record<string, string> = {
    host: url.port === (url.scheme === 'https' ? 443 : 80) ? url.host : `${url.host}:${url.port}`,
    'user-agent': `curl/${version}`,
    accept: '*/*',
    ...(o.data !== undefined
      ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(o.data)) }
      : {}),
    ...o.headers,
  };
  const call: HttpCall = {
    method,
    url: o.url,
    host: url.host,
    port: url.port,
    target: url.target,
    headers,
    client: 'curl',
    ...(o.data !== undefined ? { body: o.data } : {}),
    ...(o.maxTimeMs !== undefined ? { timeoutMs: o.maxTimeMs } : {}),
  };
  const outcome = (yield { kind: 'http', call }) as HttpOutcome | undefined;
  const showErrors = !o.silent || o.showError;
  if (o.verbose)
    ctx.io.stderr(
      `*   Trying ${outcome && 'address' in outcome && outcome.address ? outcome.address : url.host}:${url.port}...\n`,
    );
  if (!outcome || outcome.kind !== 'response') {
    const result = failure(outcome ?? { kind: 'unresolved' }, call, version);
    if (outcome?.kind === 'timeout') yield { kind: 'sleep', ms: outcome.afterMs };
    if (showErrors) ctx.fail(`curl: (${result.code}) ${result.message}`);
    return result.code;
  }
  const statusLine = `HTTP/1.1 ${outcome.status} ${outcome.reason}`;
  const headerBlock = `${statusLine}\r\n${Object.entries(outcome.headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  if (o.verbose) {
    ctx.io.stderr(`* Connected to ${url.host} (${outcome.address}) port ${url.port}\n`);
    ctx.io.stderr(
      `> ${method} ${url.target} HTTP/1.1\n${Object.entries(headers)
        .map(([k, v]) => `> ${k[0].toUpperCase()}${k.slice(1)}: ${v}\n`)
        .join('')}> \n`,
    );
    ctx.io.stderr(
      headerBlock
        .split('\r\n')
        .map((line) => `< ${line}`)
        .join('\n'),
    );
  }
  if (o.fail && outcome.status >= 400) {
    if (showErrors) ctx.fail(`curl: (22) The requested URL returned error: ${outcome.status}`);
    return 22;
  }
  const body = o.head ? '' : outcome.body;
  const shown = (o.include || o.head ? headerBlock : '') + body;
  if (!o.silent && !o.verbose) ctx.io.stderr(progress(Buffer.byteLength(body)));
  if (o.output !== undefined && o.output !== '-') {
    try {
      ctx.fs.writeFile(o.output, shown, {}, ctx.caller);
    } catch (error) {
      ctx.fail(
        `curl: (23) Failure writing output to destination: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 23;
    }
  } else ctx.io.stdout(shown);
  if (o.writeOut !== undefined) {
    const vars: Record<string, string> = {
      http_code: String(outcome.status),
      response_code: String(outcome.status),
      remote_ip: outcome.address,
      size_download: String(Buffer.byteLength(body)),
      url_effective: o.url,
    };
    ctx.io.stdout(o.writeOut.replace(/%\{(\w+)\}/g, (m, k: string) => vars[k] ?? '').replace(/\\n/g, '\n'));
  }
  return 0;
}
