import type { ScheduleResult } from '../schedule';
import { decisionRecord, MAX_SCORES_KEPT } from './decision-record';

const pod = { uid: 'u', namespace: 'default', name: 'web' };

describe('decisionRecord', () => {
  it('keeps a small cluster whole: every rejected node and every score, chosen first', () => {
    const result: ScheduleResult = {
      scheduled: true,
      node: 'node-2',
      scores: [
        { node: 'node-1', plugins: { NodeResourcesFit: 90 }, total: 90 },
        { node: 'node-2', plugins: { NodeResourcesFit: 90 }, total: 90 },
      ],
      filters: {
        'control-plane': { pass: false, plugin: 'TaintToleration', reasons: ['untolerated'], unresolvable: true },
        'node-1': { pass: true },
        'node-2': { pass: true },
      },
      evaluatedNodes: 3,
      feasibleNodes: 2,
    };
    const record = decisionRecord(pod, result);
    expect(record).toMatchObject({ nodeName: 'node-2', message: null, evaluatedNodes: 3, feasibleNodes: 2 });
    expect(record.filters).toEqual({ 'control-plane': { plugin: 'TaintToleration', reasons: ['untolerated'] } });
    expect(record.scores.map((s) => s.node)).toEqual(['node-2', 'node-1']);
  });

  it('bounds the scores of a big cluster to the best ones', () => {
    const scores = Array.from({ length: 400 }, (_, i) => ({ node: `n${i}`, plugins: {}, total: i }));
    const filters = Object.fromEntries(scores.map((s) => [s.node, { pass: true as const }]));
    const record = decisionRecord(pod, {
      scheduled: true,
      node: 'n7',
      scores,
      filters,
      evaluatedNodes: 400,
      feasibleNodes: 400,
    });
    expect(record.scores).toHaveLength(MAX_SCORES_KEPT);
    expect(record.scores[0].node).toBe('n7');
    expect(record.scores[1].total).toBe(399);
    expect(record.feasibleNodes).toBe(400);
  });

  it('keeps the FailedScheduling message of an unschedulable pod', () => {
    const record = decisionRecord(pod, {
      scheduled: false,
      message: '0/1 nodes are available: 1 Insufficient cpu.',
      filters: { n: { pass: false, plugin: 'NodeResourcesFit', reasons: ['Insufficient cpu'], unresolvable: false } },
      preemptionCandidates: [],
    });
    expect(record).toMatchObject({ nodeName: null, message: '0/1 nodes are available: 1 Insufficient cpu.' });
    expect(record.filters.n.reasons).toEqual(['Insufficient cpu']);
  });
});
