import { replicaSet } from '../replicaset/test-pods';
import { deployment } from './test-deployments';
import {
  copyDeploymentAnnotations,
  lastRevision,
  maxRevision,
  replicasAnnotationsNeedUpdate,
  revisionOf,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
} from './revisions';

const rev = (revision: string, extra: Record<string, string> = {}) =>
  replicaSet({ name: `rs-${revision}`, annotations: { 'deployment.kubernetes.io/revision': revision, ...extra } });
const replicas = { desired: 3, max: 4 };

describe('revisions', () => {
  it('parses revisions: absent is 0, garbage is skipped', () => {
    expect(revisionOf(replicaSet({ name: 'a' }))).toBe(0);
    expect(revisionOf(rev('7'))).toBe(7);
    expect(revisionOf(rev('x'))).toBeUndefined();
    expect(maxRevision([rev('2'), rev('x'), rev('5')])).toBe(5);
    expect(lastRevision([rev('2'), rev('5'), rev('3')])).toBe(3);
  });

  it('gives a new ReplicaSet the next revision and its replica annotations', () => {
    const d = deployment({ annotations: { team: 'a', 'kubectl.kubernetes.io/last-applied-configuration': '{}' } });
    const rs = replicaSet({ name: 'new' });
    expect(setNewReplicaSetAnnotations(d, rs, '3', false, replicas)).toBe(true);
    expect(rs.metadata.annotations).toEqual({
      team: 'a',
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
  });

  it('moves a rolled-back-to ReplicaSet to the newest revision, keeping the old one in revision-history', () => {
    const rs = rev('1');
    expect(setNewReplicaSetAnnotations(deployment(), rs, '3', true, replicas)).toBe(true);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(setNewReplicaSetAnnotations(deployment(), rs, '5', true, replicas)).toBe(true);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1,3');
  });

  it('never lowers a revision, and leaves an unparsable one alone', () => {
    const rs = rev('4');
    expect(setNewReplicaSetAnnotations(deployment(), rs, '3', true, replicas)).toBe(false);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
    expect(setNewReplicaSetAnnotations(deployment(), rev('x'), '3', true, replicas)).toBe(false);
  });

  it('trims revision-history from the oldest to stay within its length limit', () => {
    const rs = rev('9', { 'deployment.kubernetes.io/revision-history': '1,2,3' });
    setNewReplicaSetAnnotations(deployment(), rs, '10', true, replicas, 6);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('2,3,9');
  });

  it('copies deployment annotations except the skipped ones', () => {
    const d = deployment({ annotations: { a: '1', 'deployment.kubernetes.io/revision': '9' } });
    const rs = replicaSet({ name: 'x', annotations: { a: '1' } });
    expect(copyDeploymentAnnotations(d, rs)).toBe(false);
    expect(copyDeploymentAnnotations(deployment({ annotations: { a: '2' } }), rs)).toBe(true);
  });

  it('tracks the replica annotations and the deployment revision', () => {
    const rs = replicaSet({
      name: 'x',
      annotations: { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' },
    });
    expect(replicasAnnotationsNeedUpdate(rs, 3, 4)).toBe(false);
    expect(replicasAnnotationsNeedUpdate(rs, 5, 7)).toBe(true);
    const d = deployment();
    expect(setDeploymentRevision(d, '2')).toBe(true);
    expect(setDeploymentRevision(d, '2')).toBe(false);
  });
});
