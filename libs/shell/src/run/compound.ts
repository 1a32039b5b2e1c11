import type { Command, List } from '../parse/ast';
import { expandWords } from '../expand/expand';
import type { Effect, ResumeValue } from './effects';
import type { Interpreter } from './interpreter';
import type { Io } from './io';
import { LoopSignal } from './state';

type Run = Generator<Effect, number, ResumeValue>;

export function* ifCommand(interp: Interpreter, command: Extract<Command, { kind: 'if' }>, io: Io): Run {
  for (const clause of command.clauses) {
    if ((yield* interp.condition(clause.condition, io)) === 0) return yield* interp.list(clause.body, io);
  }
  return command.otherwise ? yield* interp.list(command.otherwise, io) : 0;
}

/** Runs a loop body, turning break/continue into control flow; `stop` when the loop must end. */
function* body(
  interp: Interpreter,
  list: List,
  io: Io,
): Generator<Effect, { status: number; stop: boolean }, ResumeValue> {
  try {
    return { status: yield* interp.list(list, io), stop: false };
  } catch (signal) {
    if (!(signal instanceof LoopSignal)) throw signal;
    if (signal.levels > 1) {
      signal.levels--;
      throw signal;
    }
    return { status: 0, stop: signal.kind === 'break' };
  }
}

/** while/until: every iteration counts toward the step budget, so `while :; do :; done` turns busy. */
export function* whileLoop(interp: Interpreter, command: Extract<Command, { kind: 'while' }>, io: Io): Run {
  let status = 0;
  for (;;) {
    yield* interp.tick();
    const test = yield* interp.condition(command.condition, io);
    if (command.until ? test === 0 : test !== 0) return status;
    const result = yield* body(interp, command.body, io);
    status = result.status;
    if (result.stop) return status;
  }
}

export function* forLoop(interp: Interpreter, command: Extract<Command, { kind: 'for' }>, io: Io): Run {
  const items = command.items ? yield* expandWords(command.items, interp.expansion(io)) : [...interp.state.positional];
  let status = 0;
  for (const item of items) {
    yield* interp.tick();
    interp.state.vars.set(command.name, item);
    const result = yield* body(interp, command.body, io);
    status = result.status;
    if (result.stop) break;
  }
  return status;
}
