/** Variables, positional parameters and the like of one shell; cloned for subshells and pipeline stages. */
export class ShellState {
  readonly vars: Map<string, string>;
  readonly exported: Set<string>;
  positional: string[];
  /** $0, and the name the shell's messages start with. */
  name: string;
  lastStatus = 0;
  cwd: string;
  errexit = false;
  lastBackgroundPid: number | undefined;

  constructor(init: { env: Readonly<Record<string, string>>; cwd: string; name: string; positional?: string[] }) {
    this.vars = new Map(Object.entries(init.env));
    this.exported = new Set(Object.keys(init.env));
    this.cwd = init.cwd;
    this.name = init.name;
    this.positional = init.positional ?? [];
  }

  clone(): ShellState {
    const copy = new ShellState({ env: {}, cwd: this.cwd, name: this.name, positional: [...this.positional] });
    for (const [k, v] of this.vars) copy.vars.set(k, v);
    for (const k of this.exported) copy.exported.add(k);
    copy.lastStatus = this.lastStatus;
    copy.errexit = this.errexit;
    return copy;
  }

  /** The environment a child process gets: exported variables. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const name of this.exported) {
      const value = this.vars.get(name);
      if (value !== undefined) env[name] = value;
    }
    return env;
  }
}

/** `exit N` (or a fatal error) unwinding to the process boundary. */
export class ExitSignal extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** `break N` / `continue N` unwinding to the enclosing loop. */
export class LoopSignal extends Error {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {
    super(kind);
  }
}
