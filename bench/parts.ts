/** The parts of `npm run bench`, in the order they run. */
export const BENCH_PARTS = ['foundation', 'kube-api', 'control-plane', 'graphql'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

const isPart = (name: string): name is BenchPart => (BENCH_PARTS as readonly string[]).includes(name);

/** BENCH_ONLY=kube-api (or a comma-separated list) runs only those parts; unset runs them all. */
export function selectedParts(text = process.env.BENCH_ONLY): BenchPart[] {
  const names = (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return [...BENCH_PARTS];
  const unknown = names.filter((name) => !isPart(name));
  if (unknown.length) {
    throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (known: ${BENCH_PARTS.join(', ')})`);
  }
  return BENCH_PARTS.filter((part) => names.includes(part));
}
