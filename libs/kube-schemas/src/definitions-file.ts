import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KubeSchema } from './schema';

const RELATIVE = join('libs', 'kube-schemas', 'src', 'generated', 'definitions.json');
const GENERATOR = 'node scripts/generate-kube-schemas.js';

/**
 * Where the generated definitions are: beside this file when run from source (jest, ts), else in the
 * repository the compiled file sits in (dist/libs/kube-schemas/src -> libs/kube-schemas/src/generated).
 */
function candidates(): string[] {
  const found = [join(__dirname, 'generated', 'definitions.json')];
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) found.push(join(dir, RELATIVE));
  return found;
}

/** Reads the definitions that scripts/generate-kube-schemas.js wrote at install time. */
export function readGeneratedDefinitions(): Record<string, KubeSchema> {
  const file = candidates().find((p) => existsSync(p));
  if (!file) {
    throw new Error(`Kubernetes schemas are not generated (no ${RELATIVE}): run \`${GENERATOR}\``);
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} is not a definitions object: run \`${GENERATOR}\` again`);
  }
  // The generator's output format is the KubeSchema shape; checking all 600 definitions here buys nothing.
  return parsed as Record<string, KubeSchema>;
}
