import type { ResourceUsage, ServedPort } from '@ksb/image-catalog';
import type { HttpCall, HttpOutcome, ResolveOutcome } from '../net/network';

/**
 * What a running shell process asks of its host when it cannot go on by itself. The host answers by
 * calling `resume` (with a value for `http` and `resolve`), after advancing its simulated clock for
 * `sleep`. Nothing here uses real time.
 */
export type Effect =
  /** Blocked for a while (sleep, a server's own timeout). */
  | { kind: 'sleep'; ms: number }
  /** Ran `steps` commands without blocking: a CPU-bound loop. The host may charge CPU time and resume. */
  | { kind: 'busy'; steps: number }
  /** Blocked until signalled: a server program, `sleep infinity`, a read from a terminal-less stdin. */
  | { kind: 'wait'; reason: 'forever' | 'stdin' }
  /** A program started serving: the ports it answers and what it uses. Resume at once. */
  | { kind: 'listen'; ports: readonly ServedPort[]; usage: ResourceUsage }
  /** An HTTP request through the simulated network (curl, wget). Resume with an HttpOutcome. */
  | { kind: 'http'; call: HttpCall }
  /** A DNS lookup (nslookup). Resume with a ResolveOutcome. */
  | { kind: 'resolve'; name: string }
  /** kill 1 (or the main process's pid): the container's main process gets the signal. */
  | { kind: 'signal-container'; signal: string }
  /** kill <pid> for another process of the host's table. Resume with true when it existed. */
  | { kind: 'signal'; pid: number; signal: string };

/** How `resume` answers an effect (ignored for effects that need no answer). */
export type ResumeValue = HttpOutcome | ResolveOutcome | boolean | undefined;

/** The end of a process. */
export interface Exit {
  kind: 'exit';
  code: number;
}

/** What `step`/`resume` return: the next effect, or the end. */
export type StepResult = Effect | Exit;
