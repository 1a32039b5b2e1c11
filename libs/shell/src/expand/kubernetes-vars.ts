/**
 * Kubernetes' expansion of command and args (the kubelet's, before the shell sees them): $(VAR) is
 * replaced by VAR's value, $$ is an escaped $ (so $$(VAR) stays literally "$(VAR)"), and references to
 * unknown variables, like any other text, are left as they are. Mirrors k8s.io/kubernetes
 * third_party/forked/golang/expansion.
 */
export function expandKubernetesVars(input: string, env: Readonly<Record<string, string>>): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c !== '$' || i + 1 >= input.length) {
      out += c;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close === -1) {
        // An unterminated reference is kept as written (and scanning goes on after it).
        out += '$(';
        i += 2;
        continue;
      }
      const name = input.slice(i + 2, close);
      out += name !== '' && Object.prototype.hasOwnProperty.call(env, name) ? env[name] : `$(${name})`;
      i = close + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
