import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { isWatchReport, type WatchCommand, type WatchReport } from './protocol';

type ReportOf<K extends WatchReport['type']> = Extract<WatchReport, { type: K }>;

/** The forked watch process (main.js beside this file, as built into dist/), driven command by command. */
export class WatchProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor() {
    this.child = fork(join(__dirname, 'main.js'), [], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  send(command: WatchCommand): void {
    this.child.send(command);
  }

  /** The next report of this type; fails on a 'failed' report, an early exit or after `timeoutMs`. */
  next<K extends WatchReport['type']>(type: K, timeoutMs: number): Promise<ReportOf<K>> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      const onMessage = (message: unknown) => {
        if (!isWatchReport(message)) return;
        if (message.type === type) {
          done();
          resolve(message as ReportOf<K>);
        } else if (message.type === 'failed') {
          done();
          reject(new Error(`watch process: ${message.message}`));
        }
      };
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`watch process exited (${code}) before reporting "${type}"`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`watch process: no "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.child.on('message', onMessage);
      this.child.on('exit', onExit);
    });
  }

  /** Asks the process to close its watches and exit; kills it if it does not within a few seconds. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    if (this.child.connected) this.send({ type: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
