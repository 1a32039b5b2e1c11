import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  print,
} from 'graphql';
import type { Principal } from '@ksb/tenancy';
import type { GraphqlContext } from '../context/graphql-context';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** The printed operation, once per parsed document. */
const printed = new WeakMap<DocumentNode, string>();

/**
 * Principals whose access is the same (access decisions read only kind, tenant, role, user and sandbox):
 * what one of them may see of an event, the others may too.
 */
const accessClass = (principal: Principal | null): string =>
  !principal
    ? 'anonymous'
    : principal.kind === 'admin'
      ? 'admin'
      : `${principal.tenantId}/${principal.role}/${principal.userId ?? ''}/${principal.sandboxId ?? ''}`;

/** What decides an execution's result besides the event: the operation, its variables and the access class. */
function operationKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  const principal = (args.contextValue as GraphqlContext | undefined)?.principal ?? null;
  return `${text}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${accessClass(principal)}`;
}

/** Results per event payload object (shared by every watcher of the sandbox) and operation key. */
const results = new WeakMap<object, Map<string, Result>>();

/** The object all subscribers' payloads for one change share (the store's ChangeEvent), if any. */
const sharedPart = (payload: unknown): object | undefined => {
  const event = (payload as { event?: unknown } | null)?.event;
  return typeof event === 'object' && event !== null ? event : undefined;
};

function executeShared(args: ExecutionArgs, key: string, payload: unknown): Result {
  const shared = sharedPart(payload);
  if (!shared) return execute({ ...args, rootValue: payload });
  let byOperation = results.get(shared);
  if (!byOperation) {
    byOperation = new Map();
    results.set(shared, byOperation);
  }
  let result = byOperation.get(key);
  if (!result) {
    result = execute({ ...args, rootValue: payload });
    byOperation.set(key, result);
  }
  return result;
}

/**
 * graphql-js' subscribe, except that subscribers running the same operation with the same variables and
 * access get one execution per change instead of one each: a sandbox watched by a whole class executes
 * each event once per distinct query, not once per subscriber.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const iterator = source[Symbol.asyncIterator]();
  const key = operationKey(args);
  // graphql-ws ends a subscription through return() (it needs one to treat this as a generator).
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await iterator.next();
      if (step.done) return { value: undefined, done: true };
      return { value: await executeShared(args, key, step.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
