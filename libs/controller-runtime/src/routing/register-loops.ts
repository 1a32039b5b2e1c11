import type { ChangeRouter, RoutedLoop } from './change-router.service';

/** Registers a module's control loops (call from the module's constructor or onModuleInit). */
export function registerLoops(router: ChangeRouter, loops: readonly RoutedLoop[]): void {
  for (const loop of loops) router.register(loop);
}
