import { CONTROL_PLANE_TAINT, info, makeNode, makePod } from '../test-fixtures';
import { taintTolerationFilter, taintTolerationNormalize, taintTolerationScore } from './taint-toleration';

describe('TaintToleration filter', () => {
  const controlPlane = makeNode('cp', { taints: [CONTROL_PLANE_TAINT] });

  it('words the untolerated taint as upstream, empty value included', () => {
    expect(taintTolerationFilter(makePod('p'), info(controlPlane))).toEqual({
      pass: false,
      plugin: 'TaintToleration',
      reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
      unresolvable: true,
    });
    const valued = makeNode('n', { taints: [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }] });
    expect(taintTolerationFilter(makePod('p'), info(valued))).toMatchObject({
      reasons: ['node(s) had untolerated taint {dedicated: db}'],
    });
  });

  it('honours Exists, Equal, empty key and empty effect tolerations', () => {
    const cases = [
      [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }, true],
      [{ operator: 'Exists' }, true],
      [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Equal', value: '' }, true],
      [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Equal', value: 'x' }, false],
      [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoExecute' }, false],
    ] as const;
    for (const [toleration, pass] of cases) {
      expect(
        taintTolerationFilter(makePod('p', undefined, { tolerations: [toleration] }), info(controlPlane)).pass,
      ).toBe(pass);
    }
  });

  it('ignores PreferNoSchedule taints when filtering', () => {
    const soft = makeNode('n', { taints: [{ key: 'a', effect: 'PreferNoSchedule' }] });
    expect(taintTolerationFilter(makePod('p'), info(soft)).pass).toBe(true);
  });
});

describe('TaintToleration score', () => {
  it('counts untolerated PreferNoSchedule taints and reverses the normalization', () => {
    const two = makeNode('two', {
      taints: [
        { key: 'a', effect: 'PreferNoSchedule' },
        { key: 'b', effect: 'PreferNoSchedule' },
      ],
    });
    const one = makeNode('one', {
      taints: [
        { key: 'a', effect: 'PreferNoSchedule' },
        { key: 'c', effect: 'NoSchedule' },
      ],
    });
    const pod = makePod('p', undefined, {
      tolerations: [{ key: 'b', operator: 'Exists', effect: 'PreferNoSchedule' }],
    });
    const raw = [two, one, makeNode('none')].map((n) => taintTolerationScore(pod, info(n)));
    expect(raw).toEqual([1, 1, 0]);
    expect(taintTolerationNormalize([2, 1, 0])).toEqual([0, 50, 100]);
    expect(taintTolerationNormalize([0, 0])).toEqual([100, 100]);
  });

  it('disregards tolerations for other effects', () => {
    const pod = makePod('p', undefined, { tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(taintTolerationScore(pod, info(makeNode('n', { taints: [{ key: 'a', effect: 'PreferNoSchedule' }] })))).toBe(
      1,
    );
  });
});
