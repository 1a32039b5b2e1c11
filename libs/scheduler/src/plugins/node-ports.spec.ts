import { podHostPorts } from '../host-ports';
import { schedule } from '../schedule';
import { info, makeNode, makePod, standardCluster, withHostPort } from '../test-fixtures';
import { nodePortsFilter } from './node-ports';

const web = (name: string, hostPort = 8080) => withHostPort(makePod(name), [{ containerPort: 80, hostPort }]);

describe('NodePorts filter', () => {
  it('passes pods without host ports and nodes with the port free', () => {
    const node = info(makeNode('n'), [web('x', 9090)]);
    expect(nodePortsFilter(podHostPorts(makePod('p')), node)).toEqual({ pass: true });
    expect(nodePortsFilter(podHostPorts(web('p')), node)).toEqual({ pass: true });
  });

  it('rejects a taken port with the upstream reason, resolvable by preemption', () => {
    expect(nodePortsFilter(podHostPorts(web('p')), info(makeNode('n'), [web('x')]))).toEqual({
      pass: false,
      plugin: 'NodePorts',
      reasons: ["node(s) didn't have free ports for the requested pod ports"],
      unresolvable: false,
    });
  });

  it('frees the port of a terminated pod', () => {
    const done = { ...web('x'), status: { phase: 'Succeeded' } };
    expect(nodePortsFilter(podHostPorts(web('p')), info(makeNode('n'), [done])).pass).toBe(true);
  });
});

describe('NodePorts in a scheduling cycle', () => {
  it('places a second pod with the same host port elsewhere', () => {
    expect(schedule(web('b'), standardCluster(), { 'node-1': [web('a')] })).toMatchObject({ node: 'node-2' });
  });

  it('runs after NodeAffinity and before NodeResourcesFit, and says so in FailedScheduling', () => {
    const busy = { 'node-1': [web('a')], 'node-2': [web('b')] };
    expect(schedule(web('c'), standardCluster(), busy)).toMatchObject({
      scheduled: false,
      message:
        '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, ' +
        "2 node(s) didn't have free ports for the requested pod ports. preemption: 0/3 nodes are available: " +
        '1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    });
    const big = withHostPort(makePod('big', { cpu: '4' }), [{ hostPort: 8080 }]);
    expect(schedule(big, standardCluster(), busy)).toMatchObject({
      filters: { 'node-1': { plugin: 'NodePorts' } },
    });
  });
});
