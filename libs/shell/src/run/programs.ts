import { dirname } from 'node:path/posix';
import type { ProgramDefinition } from '@ksb/image-catalog';
import type { Effect, ResumeValue } from './effects';
import type { Interpreter } from './interpreter';
import type { Io } from './io';
import { runArgv } from './dispatch';

type Run = Generator<Effect, number, ResumeValue>;

const lines = (text: readonly string[] | undefined): string => (text ?? []).map((line) => `${line}\n`).join('');

/**
 * Runs an image's program (nginx, redis-server, docker-entrypoint.sh, stress): prints what it prints,
 * then exits, execs its argv, or serves (a `listen` effect, then waiting until signalled or its timeout).
 */
export function* runProgram(interp: Interpreter, program: ProgramDefinition, argv: string[], io: Io): Run {
  const { fs, clock } = interp.env;
  const caller = interp.caller;
  const outcome = program.run({
    argv,
    env: interp.state.environment(),
    now: clock(),
    cwd: interp.state.cwd,
    hostname: interp.env.hostname,
    podIP: interp.env.podIP,
    version: interp.env.programVersion ?? '',
    readFile: (path) => {
      try {
        return fs.readFile(path, caller);
      } catch {
        return undefined;
      }
    },
  });
  io.stdout(lines(outcome.stdout));
  io.stderr(lines(outcome.stderr));
  switch (outcome.kind) {
    case 'exit':
      return outcome.code;
    case 'exec':
      return outcome.argv.length === 0 ? 0 : yield* runArgv(interp, [...outcome.argv], io);
    case 'serve': {
      for (const file of outcome.writeFiles ?? []) {
        try {
          fs.mkdir(dirname(file.path), { parents: true });
          fs.writeFile(file.path, file.content);
        } catch {
          // A read-only or full volume: the program would log and go on; we keep serving.
        }
      }
      yield { kind: 'listen', ports: outcome.ports, usage: outcome.usage };
      if (outcome.exitAfterMs !== undefined) {
        yield { kind: 'sleep', ms: outcome.exitAfterMs };
        io.stdout(lines(outcome.exitStdout));
        io.stderr(lines(outcome.exitStderr));
        return outcome.exitCode ?? 0;
      }
      for (;;) yield { kind: 'wait', reason: 'forever' };
    }
    default: {
      const _never: never = outcome;
      throw new Error(`unknown program outcome ${JSON.stringify(_never)}`);
    }
  }
}
