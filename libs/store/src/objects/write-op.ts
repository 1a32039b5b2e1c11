import type { KubeObject } from './kube-object';

/** One write of a commit; a commit is atomic and gives each write the next revision of its sandbox. */
export type WriteOp =
  | { op: 'create'; resource: string; namespace: string; object: KubeObject }
  | {
      op: 'update';
      resource: string;
      namespace: string;
      name: string;
      object: KubeObject;
      /** Fail with Conflict unless the stored object is at this revision. */
      expectRevision?: number;
      expectUid?: string;
    }
  | {
      op: 'delete';
      resource: string;
      namespace: string;
      name: string;
      expectRevision?: number;
      expectUid?: string;
      /** The last state to record in the change log (defaults to the stored body). */
      object?: KubeObject;
    };

export const opName = (op: WriteOp): string => (op.op === 'create' ? (op.object.metadata.name ?? '') : op.name);
