import { Injectable, OnModuleInit } from '@nestjs/common';
import { type Reconciler, ReconcileService } from '@ksb/reconcile';
import { type ChangeEvent, StoreService } from '@ksb/store';

/** A control loop and the resources whose changes enqueue it. */
export interface RoutedLoop extends Reconciler {
  readonly name: string;
  readonly triggers: readonly string[];
  /** Narrows the triggers: only changes this accepts enqueue the loop (default: every change of a trigger). */
  accepts?(event: ChangeEvent): boolean;
}

/**
 * The writer's side of the fan-out: after every commit in this process (API or worker), enqueue the
 * sandbox on each control loop that watches a changed resource. Modules register their loops at init in
 * every process (so the API routes too); only the worker runs them (see `loops()`).
 */
@Injectable()
export class ChangeRouter implements OnModuleInit {
  private readonly registered: RoutedLoop[] = [];
  private readonly byResource = new Map<string, RoutedLoop[]>();

  constructor(
    private readonly store: StoreService,
    private readonly reconcile: ReconcileService,
  ) {}

  onModuleInit(): void {
    this.store.onCommitted((sandboxId, events) => this.route(sandboxId, events));
  }

  register(loop: RoutedLoop): void {
    if (this.registered.some((known) => known.name === loop.name)) return;
    this.registered.push(loop);
    for (const resource of loop.triggers) {
      this.byResource.set(resource, [...(this.byResource.get(resource) ?? []), loop]);
    }
  }

  /** Every registered loop, for the worker to run. */
  loops(): readonly RoutedLoop[] {
    return this.registered;
  }

  /** The loops a batch of changes concerns. */
  loopsFor(events: readonly ChangeEvent[]): string[] {
    const names = new Set<string>();
    for (const event of events) {
      for (const loop of this.byResource.get(event.resource) ?? []) {
        if (!names.has(loop.name) && (loop.accepts?.(event) ?? true)) names.add(loop.name);
      }
    }
    return [...names];
  }

  private async route(sandboxId: string, events: readonly ChangeEvent[]): Promise<void> {
    await Promise.all(this.loopsFor(events).map((name) => this.reconcile.queue(name).enqueue(sandboxId)));
  }
}
