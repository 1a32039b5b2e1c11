import { containerArgv, resolveImage } from '@ksb/image-catalog';
import { expandKubernetesVars } from '@ksb/shell';
import { formatPod } from '../model/container-spec';
import type { ContainerState, RestartPolicy, Termination } from '../model/container-state';
import { KUBELET_MESSAGES as M } from '../messages/kubelet-messages';
import type { ProcessLaunch, ProcessReport } from '../process/runner';
import { backOffMs } from '../timing/runtime-timings';
import type { ContainerContext } from './context';
import { containerIdFor, type Emit } from './start';

/**
 * The launch data of the container's current run: argv from the image's ENTRYPOINT/CMD and the pod's
 * command/args with $(VAR) expanded against the container's env (as the kubelet does before the runtime
 * sees them), the image's env under the pod's, and HOSTNAME.
 */
export function launchFor(state: ContainerState, ctx: ContainerContext, startedAt: number): ProcessLaunch {
  const lookup = resolveImage(ctx.spec.image);
  if (lookup.kind !== 'found') throw new Error(`container ${state.name} runs an unresolved image`);
  const image = lookup.image;
  const env = { ...image.env, HOSTNAME: ctx.pod.hostname, ...ctx.spec.env };
  const expand = (list: readonly string[] | undefined) => list?.map((arg) => expandKubernetesVars(arg, ctx.spec.env));
  const argv = containerArgv(image, expand(ctx.spec.command), expand(ctx.spec.args));
  return {
    image,
    argv,
    env,
    cwd: ctx.spec.workingDir || image.workingDir,
    hostname: ctx.pod.hostname,
    podIP: ctx.pod.podIP,
    startedAt,
    ...(ctx.spec.memoryLimitBytes !== undefined ? { memoryLimitBytes: ctx.spec.memoryLimitBytes } : {}),
    ...(ctx.fs ? { fs: ctx.fs } : {}),
    ...(ctx.network ? { network: ctx.network } : {}),
    ...(ctx.sink ? { sink: ctx.sink } : {}),
    ...(state.process ? { replayUntil: state.process.drivenTo } : {}),
  };
}

/** runc created the container: a config error stops it here; otherwise it starts and runs. */
export function finishCreate(state: ContainerState, ctx: ContainerContext, emit: Emit): ContainerState {
  if (state.stage.kind !== 'creating') return state;
  const at = state.stage.until;
  if (ctx.spec.configError !== undefined) {
    emit(at, 'Warning', 'Failed', M.errorReason(ctx.spec.configError));
    return { ...state, stage: { kind: 'stuck', reason: 'CreateContainerConfigError', message: ctx.spec.configError } };
  }
  const containerID = containerIdFor(ctx.pod.uid, state.name, state.restartCount);
  emit(at, 'Normal', 'Created', M.created(state.name));
  const started: ContainerState = {
    ...state,
    containerID,
    startedAt: at,
    stage: { kind: 'running', startedAt: at },
  };
  delete started.process;
  const runner = ctx.processes.ensure(containerID, () => launchFor(started, ctx, at));
  const report = runner.advance(at, ctx.timings);
  if (report.kind !== 'start-error') emit(at, 'Normal', 'Started', M.started(state.name));
  return applyReport(started, ctx, report, emit);
}

/** Drives the running process up to `now`. */
export function driveRunning(state: ContainerState, ctx: ContainerContext, now: number, emit: Emit): ContainerState {
  if (state.stage.kind !== 'running' || state.containerID === undefined) return state;
  const startedAt = state.stage.startedAt;
  const runner = ctx.processes.ensure(state.containerID, () => launchFor(state, ctx, startedAt));
  return applyReport(state, ctx, runner.advance(now, ctx.timings), emit);
}

function applyReport(state: ContainerState, ctx: ContainerContext, report: ProcessReport, emit: Emit): ContainerState {
  switch (report.kind) {
    case 'running':
      return {
        ...state,
        process: {
          drivenTo: report.drivenTo,
          ...(report.wakeAt !== undefined ? { wakeAt: report.wakeAt } : {}),
          listening: report.listening,
          usage: report.usage,
          busy: report.busy,
        },
      };
    case 'exited': {
      const reason = report.oomKilled ? 'OOMKilled' : report.code === 0 ? 'Completed' : 'Error';
      const next = terminate(state, ctx, {
        reason,
        exitCode: report.code,
        finishedAt: report.at,
        oom: report.oomKilled,
      });
      return { ...next, process: { drivenTo: report.at, listening: [], usage: report.usage, busy: false } };
    }
    case 'start-error':
      emit(report.at, 'Warning', 'Failed', M.errorReason(report.message));
      return terminate(state, ctx, {
        reason: 'StartError',
        exitCode: 128,
        finishedAt: report.at,
        message: report.message,
      });
    default: {
      const _never: never = report;
      throw new Error(`unknown process report ${JSON.stringify(_never)}`);
    }
  }
}

/**
 * Init containers restart on failure only, whatever the pod's policy (upstream: Always acts as
 * OnFailure); sidecars (init containers with restartPolicy Always) always restart.
 */
export const effectivePolicy = (
  state: Pick<ContainerState, 'init' | 'sidecar'>,
  pod: RestartPolicy | undefined,
): RestartPolicy => {
  if (state.sidecar) return 'Always';
  const policy = pod ?? 'Always';
  return state.init && policy === 'Always' ? 'OnFailure' : policy;
};

/**
 * The run ended: terminated, and restarted per restart policy. The first crash restarts at the next sync;
 * later ones wait 10 s, 20 s, 40 s ... 300 s; a run of 10 minutes or more forgets earlier crashes.
 */
export function terminate(
  state: ContainerState,
  ctx: ContainerContext,
  end: { reason: Termination['reason']; exitCode: number; finishedAt: number; oom?: boolean; message?: string },
): ContainerState {
  const startedAt = state.startedAt ?? end.finishedAt;
  if (state.containerID) ctx.processes.remove(state.containerID);
  const termination: Termination = {
    reason: end.reason,
    exitCode: end.exitCode,
    ...(end.oom ? { signal: 9 } : {}),
    ...(end.message !== undefined ? { message: end.message } : {}),
    startedAt,
    finishedAt: end.finishedAt,
    containerID: state.containerID ?? '',
  };
  const policy = effectivePolicy(state, ctx.pod.restartPolicy);
  const restarts = policy === 'Always' || (policy === 'OnFailure' && end.exitCode !== 0);
  if (!restarts) return { ...state, termination, stage: { kind: 'terminated' } };
  const ranLong = end.finishedAt - startedAt >= ctx.timings.backOffResetMs;
  const crashCount = (ranLong ? 0 : state.crashCount) + 1;
  return {
    ...state,
    termination,
    crashCount,
    stage: {
      kind: 'restarting',
      until: end.finishedAt + ctx.timings.errorResyncMs,
      delayMs: backOffMs(ctx.timings, crashCount - 1),
    },
  };
}

/** The sync after a crash: restart now (first crash, or back-off over) or report the back-off. */
export function afterCrash(state: ContainerState, ctx: ContainerContext, emit: Emit): ContainerState {
  const stage = state.stage;
  if (stage.kind !== 'restarting' && stage.kind !== 'crash-back-off') return state;
  const finishedAt = state.termination?.finishedAt ?? stage.until;
  if (stage.kind === 'restarting' && finishedAt + stage.delayMs > stage.until) {
    emit(stage.until, 'Warning', 'BackOff', M.backOffRestarting(state.name, formatPod(ctx.pod)));
    return { ...state, stage: { kind: 'crash-back-off', until: finishedAt + stage.delayMs, delayMs: stage.delayMs } };
  }
  const restarted: ContainerState = {
    ...state,
    restartCount: state.restartCount + 1,
    stage: { kind: 'starting', at: stage.until },
  };
  if (state.termination) restarted.lastTermination = state.termination;
  delete restarted.termination;
  delete restarted.process;
  delete restarted.startedAt;
  return restarted;
}
