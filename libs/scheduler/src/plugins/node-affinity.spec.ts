import { info, makeNode, makePod } from '../test-fixtures';
import type { NodeSelectorTerm } from '../types';
import { nodeAffinityFilter, nodeAffinityNormalize, nodeAffinityScore } from './node-affinity';

const REASON = "node(s) didn't match Pod's node affinity/selector";
const ssd = makeNode('ssd', { labels: { disk: 'ssd', cores: '8' } });
const hdd = makeNode('hdd', { labels: { disk: 'hdd', cores: '2' } });

const required = (...nodeSelectorTerms: NodeSelectorTerm[]) =>
  makePod('p', undefined, {
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } },
  });

describe('NodeAffinity filter', () => {
  it('applies nodeSelector', () => {
    const pod = makePod('p', undefined, { nodeSelector: { disk: 'ssd' } });
    expect(nodeAffinityFilter(pod, info(ssd)).pass).toBe(true);
    expect(nodeAffinityFilter(pod, info(hdd))).toEqual({
      pass: false,
      plugin: 'NodeAffinity',
      reasons: [REASON],
      unresolvable: true,
    });
  });

  it('ORs terms and ANDs expressions, with In, NotIn, Exists, DoesNotExist, Gt and Lt', () => {
    const pod = required(
      {
        matchExpressions: [
          { key: 'disk', operator: 'In', values: ['ssd'] },
          { key: 'cores', operator: 'Gt', values: ['4'] },
        ],
      },
      { matchExpressions: [{ key: 'gpu', operator: 'Exists' }] },
    );
    expect(nodeAffinityFilter(pod, info(ssd)).pass).toBe(true);
    expect(nodeAffinityFilter(pod, info(hdd)).pass).toBe(false);
    const lt = required({
      matchExpressions: [
        { key: 'cores', operator: 'Lt', values: ['4'] },
        { key: 'gpu', operator: 'DoesNotExist' },
      ],
    });
    expect(nodeAffinityFilter(lt, info(hdd)).pass).toBe(true);
    const notIn = required({ matchExpressions: [{ key: 'disk', operator: 'NotIn', values: ['ssd'] }] });
    expect(nodeAffinityFilter(notIn, info(ssd)).pass).toBe(false);
  });

  it('matches metadata.name through matchFields', () => {
    const pod = required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['hdd'] }] });
    expect(nodeAffinityFilter(pod, info(hdd)).pass).toBe(true);
    expect(nodeAffinityFilter(pod, info(ssd)).pass).toBe(false);
  });

  it('treats an empty or invalid term as matching nothing', () => {
    expect(nodeAffinityFilter(required({}), info(ssd)).pass).toBe(false);
    expect(nodeAffinityFilter(required({ matchExpressions: [{ key: 'disk', operator: 'In' }] }), info(ssd)).pass).toBe(
      false,
    );
    expect(
      nodeAffinityFilter(
        required({ matchExpressions: [{ key: 'disk', operator: 'Like', values: ['ssd'] }] }),
        info(ssd),
      ).pass,
    ).toBe(false);
    const twoNames = required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['ssd', 'hdd'] }] });
    expect(nodeAffinityFilter(twoNames, info(ssd)).pass).toBe(false);
  });
});

describe('NodeAffinity score', () => {
  it('sums the weights of matching preferred terms and normalizes to 100', () => {
    const pod = makePod('p', undefined, {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 80, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } },
            { weight: 20, preference: { matchExpressions: [{ key: 'cores', operator: 'Exists' }] } },
          ],
        },
      },
    });
    const raw = [nodeAffinityScore(pod, info(ssd)), nodeAffinityScore(pod, info(hdd))];
    expect(raw).toEqual([100, 20]);
    expect(nodeAffinityNormalize([50, 10, 0])).toEqual([100, 20, 0]);
    expect(nodeAffinityNormalize([0, 0])).toEqual([0, 0]);
  });
});
