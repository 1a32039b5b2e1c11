import type { CommandContext } from '../commands/types';
import type { Effect, ResumeValue } from '../run/effects';
import type { ResolveOutcome } from './network';

const legacy = (version: string | undefined): boolean => {
  const [maj, min] = (version ?? '1.37.0').split('.').map(Number);
  return maj < 1 || (maj === 1 && min <= 28);
};

/** The DNS server from /etc/resolv.conf (the kubelet writes the cluster DNS there). */
function server(ctx: CommandContext): string {
  try {
    return /^nameserver\s+(\S+)/m.exec(ctx.fs.readFile('/etc/resolv.conf'))?.[1] ?? '10.96.0.10';
  } catch {
    return '10.96.0.10';
  }
}

/** busybox nslookup NAME: the 1.28 layout ("Address 1: ...") or the newer one ("Address: ..."). */
export function* nslookup(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const name = ctx.args.find((a) => !a.startsWith('-'));
  if (name === undefined) {
    ctx.fail('Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]');
    return 1;
  }
  const dns = server(ctx);
  const answer = ((yield { kind: 'resolve', name }) as ResolveOutcome | undefined) ?? { kind: 'nxdomain' };
  if (legacy(ctx.env.busyboxVersion)) {
    ctx.io.stdout(`Server:    ${dns}\nAddress 1: ${dns} kube-dns.kube-system.svc.cluster.local\n\n`);
    if (answer.kind === 'nxdomain') {
      ctx.fail(`nslookup: can't resolve '${name}'`);
      return 1;
    }
    ctx.io.stdout(
      `Name:      ${name}\n${answer.addresses.map((a, i) => `Address ${i + 1}: ${a} ${answer.name}\n`).join('')}`,
    );
    return 0;
  }
  ctx.io.stdout(`Server:\t\t${dns}\nAddress:\t${dns}:53\n\n`);
  if (answer.kind === 'nxdomain') {
    ctx.io.stdout(`** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  ctx.io.stdout(`Name:\t${answer.name}\n${answer.addresses.map((a) => `Address: ${a}\n`).join('')}\n`);
  return 0;
}
