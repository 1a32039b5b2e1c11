/** Splits short options ("-rf", "-n", "5") from operands; `withValue` options take the next argument. */
export function parseOptions(
  args: readonly string[],
  withValue = '',
): { flags: Set<string>; values: Map<string, string>; operands: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq === -1) flags.add(arg);
      else values.set(arg.slice(0, eq), arg.slice(eq + 1));
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (withValue.includes(flag)) {
        const rest = arg.slice(j + 1);
        values.set(flag, rest !== '' ? rest : (args[++i] ?? ''));
        break;
      }
      flags.add(flag);
    }
  }
  operands.push(...args.slice(i));
  return { flags, values, operands };
}

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
