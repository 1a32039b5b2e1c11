import { KUBELET_MESSAGES as M } from '../messages/kubelet-messages';
import type { ContainerEvent } from '../messages/kubelet-messages';
import type { ContainerState } from '../model/container-state';
import type { ContainerContext, ContainerStep } from './context';
import { afterCrash, driveRunning, finishCreate } from './run';
import { beginStart, emitterFor, finishPull, type Emit } from './start';

/** Transitions per drive, a guard: a crash loop's restarts are seconds apart, never thousands at once. */
const MAX_TRANSITIONS = 200;

/** When the container's stage next changes by itself; undefined when only an outside change moves it. */
export function dueAt(state: ContainerState): number | undefined {
  const stage = state.stage;
  switch (stage.kind) {
    case 'pending-init':
    case 'stuck':
    case 'terminated':
      return undefined;
    case 'starting':
      return stage.at;
    case 'pulling':
    case 'creating':
    case 'restarting':
    case 'crash-back-off':
      return stage.until;
    case 'pull-failed':
      return stage.backOffShown ? stage.retryAt : stage.backOffFrom;
    case 'running':
      return state.process ? state.process.wakeAt : stage.startedAt;
    default: {
      const _never: never = stage;
      throw new Error(`unknown stage ${JSON.stringify(_never)}`);
    }
  }
}

function transition(
  state: ContainerState,
  ctx: ContainerContext,
  now: number,
  emit: Emit,
  pulled: string[],
): ContainerState {
  const stage = state.stage;
  switch (stage.kind) {
    case 'pending-init':
    case 'stuck':
    case 'terminated':
      return state;
    case 'starting':
      return beginStart(state, ctx, stage.at, emit);
    case 'pulling':
      return finishPull(state, ctx, emit, pulled);
    case 'pull-failed':
      if (!stage.backOffShown) {
        emit(stage.backOffFrom, 'Normal', 'BackOff', M.backOffPulling(ctx.spec.image));
        emit(stage.backOffFrom, 'Warning', 'Failed', M.errorReason('ImagePullBackOff'));
        return { ...state, stage: { ...stage, backOffShown: true } };
      }
      return beginStart(state, ctx, stage.retryAt, emit);
    case 'creating':
      return finishCreate(state, ctx, emit);
    case 'running':
      return driveRunning(state, ctx, now, emit);
    case 'restarting':
    case 'crash-back-off':
      return afterCrash(state, ctx, emit);
    default: {
      const _never: never = stage;
      throw new Error(`unknown stage ${JSON.stringify(_never)}`);
    }
  }
}

/**
 * Moves a container through every transition due up to `now`, each at its own due time (a late drive
 * produces the same history as a punctual one), and says when it next needs a drive. Pure apart from the
 * ProcessTable, which only caches what replay would rebuild.
 */
export function driveContainer(state: ContainerState, ctx: ContainerContext, now: number): ContainerStep {
  const events: ContainerEvent[] = [];
  const pulled: string[] = [];
  const emit = emitterFor(state, events);
  let current = state;
  for (let i = 0; i < MAX_TRANSITIONS; i++) {
    const due = dueAt(current);
    if (due === undefined || due > now) break;
    const next = transition(current, { ...ctx, imagesOnNode: withPulled(ctx.imagesOnNode, pulled) }, now, emit, pulled);
    if (next === current) break;
    current = next;
    // A running process driven to `now` that still sleeps past it is done for this drive.
    if (current.stage.kind === 'running' && (current.process?.wakeAt ?? Infinity) > now) break;
  }
  const next = dueAt(current);
  return { state: current, events, pulled, ...(next !== undefined ? { next } : {}) };
}

const withPulled = (onNode: ReadonlySet<string>, pulled: readonly string[]): ReadonlySet<string> =>
  pulled.length === 0 ? onNode : new Set([...onNode, ...pulled]);

/** Lets an app container (or the next init container) start at `at`, once the init containers before it completed. */
export function release(state: ContainerState, at: number): ContainerState {
  return state.stage.kind === 'pending-init' ? { ...state, stage: { kind: 'starting', at } } : state;
}

/**
 * The kubelet stops the container (pod deletion, liveness failure later): Killing, then the image's stop
 * signal (TERM unless the image says otherwise); `force` sends KILL after the grace period. A process that
 * survives the signal keeps running; the caller forces it when the grace period ends.
 */
export function stopContainer(
  state: ContainerState,
  ctx: ContainerContext,
  at: number,
  options: { force: boolean; stopSignal?: string },
): ContainerStep {
  const events: ContainerEvent[] = [];
  const emit = emitterFor(state, events);
  if (state.stage.kind !== 'running' || state.containerID === undefined) {
    return { state: { ...state, stage: { kind: 'terminated' } }, events, pulled: [] };
  }
  if (!options.force) emit(at, 'Normal', 'Killing', M.killing(state.name));
  const runner = ctx.processes.get(state.containerID);
  const signal = options.force ? 'KILL' : (options.stopSignal ?? 'TERM').replace(/^SIG/, '');
  const report = runner?.signal(signal, at) ?? (options.force ? { kind: 'exited' as const, code: 137, at } : undefined);
  if (!report || report.kind !== 'exited') return { state, events, pulled: [] };
  ctx.processes.remove(state.containerID);
  const termination = {
    reason: report.code === 0 ? ('Completed' as const) : ('Error' as const),
    exitCode: report.code,
    startedAt: state.startedAt ?? at,
    finishedAt: at,
    containerID: state.containerID,
  };
  return { state: { ...state, termination, stage: { kind: 'terminated' } }, events, pulled: [] };
}
