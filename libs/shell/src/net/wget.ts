import type { CommandContext } from '../commands/types';
import { parseOptions } from '../commands/options';
import type { Effect, ResumeValue } from '../run/effects';
import { type HttpOutcome, parseUrl } from './network';

/** busybox wget: -q, -O FILE|-, -T SECONDS, --spider; its messages and exit status 1 on any failure. */
export function* wget(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const { flags, values, operands } = parseOptions(ctx.args, 'OTU');
  const quiet = flags.has('q');
  const spider = flags.has('--spider');
  const target = operands[0];
  if (target === undefined) {
    ctx.fail(
      'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...',
    );
    return 1;
  }
  const url = parseUrl(target);
  if (!url || url.scheme !== 'http') {
    ctx.fail(url ? `wget: not an http or ftp url: ${target}` : `wget: bad address '${target}'`);
    return 1;
  }
  const timeout = values.get('T');
  const outcome = (yield {
    kind: 'http',
    call: {
      method: spider ? 'HEAD' : 'GET',
      url: target,
      host: url.host,
      port: url.port,
      target: url.target,
      headers: {
        host: url.port === 80 ? url.host : `${url.host}:${url.port}`,
        'user-agent': values.get('U') ?? 'Wget',
        connection: 'close',
      },
      client: 'wget',
      ...(timeout !== undefined ? { timeoutMs: Number(timeout) * 1000 } : {}),
    },
  }) as HttpOutcome | undefined;
  const fail = (text: string) => {
    ctx.fail(`wget: ${text}`);
    return 1;
  };
  if (!outcome || outcome.kind === 'unresolved') return fail(`bad address '${url.host}'`);
  if (!quiet && outcome.kind !== 'timeout')
    ctx.io.stderr(`Connecting to ${url.host} (${'address' in outcome ? outcome.address : url.host}:${url.port})\n`);
  switch (outcome.kind) {
    case 'refused':
      return fail(`can't connect to remote host (${outcome.address}): Connection refused`);
    case 'unreachable':
      return fail(`can't connect to remote host (${outcome.address}): No route to host`);
    case 'timeout':
      yield { kind: 'sleep', ms: outcome.afterMs };
      return fail('download timed out');
    case 'protocol-error':
      return fail(outcome.wgetMessage);
    case 'response':
      break;
    default: {
      const _never: never = outcome;
      return fail(String(_never));
    }
  }
  if (outcome.status >= 400) return fail(`server returned error: HTTP/1.1 ${outcome.status} ${outcome.reason}`);
  if (spider) {
    if (!quiet) ctx.io.stderr('remote file exists\n');
    return 0;
  }
  const output = values.get('O') ?? (url.target.split('?')[0].split('/').pop() || 'index.html');
  const size = Buffer.byteLength(outcome.body);
  if (output === '-') {
    if (!quiet) ctx.io.stderr('writing to stdout\n');
    ctx.io.stdout(outcome.body);
  } else {
    if (!values.has('O') && ctx.fs.exists(output, ctx.caller)) return fail(`can't open '${output}': File exists`);
    if (!quiet) ctx.io.stderr(`saving to '${output}'\n`);
    try {
      ctx.fs.writeFile(output, outcome.body, {}, ctx.caller);
    } catch (error) {
      return fail(`can't open '${output}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!quiet) {
    const name = output === '-' ? '-' : output;
    ctx.io.stderr(
      `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`,
    );
    if (output !== '-') ctx.io.stderr(`'${output}' saved\n`);
  }
  return 0;
}
