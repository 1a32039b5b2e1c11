import type { ContainerFs } from '@ksb/container-fs';
import type { ContainerEvent } from '../messages/kubelet-messages';
import type { RuntimeContainerSpec, RuntimePodSpec } from '../model/container-spec';
import type { ContainerState } from '../model/container-state';
import type { ProcessTable } from '../process/process-table';
import type { ProcessNetwork, ProcessSink } from '../process/runner';
import type { RuntimeTimings } from '../timing/runtime-timings';

/** What the kubelet gives the runtime for one drive of one container. Nothing here is read from a clock. */
export interface ContainerContext {
  pod: RuntimePodSpec;
  spec: RuntimeContainerSpec;
  timings: RuntimeTimings;
  /** Image names on the node (docker.io/library/nginx:1.27), node.status.images plus recent pulls. */
  imagesOnNode: ReadonlySet<string>;
  processes: ProcessTable;
  /** The container's filesystem with its volumes, when the kubelet manages one. */
  fs?: (clock: () => number) => ContainerFs;
  network?: ProcessNetwork;
  sink?: ProcessSink;
}

/** The result of driving a container: its new state, what happened, and when to drive it next. */
export interface ContainerStep {
  state: ContainerState;
  events: ContainerEvent[];
  /** Images pulled onto the node (for node.status.images and later IfNotPresent decisions). */
  pulled: string[];
  /** The next time this container needs a drive; undefined when only an outside change can move it. */
  next?: number;
}
