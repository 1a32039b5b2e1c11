import { hostPortConflicts, podHostPorts } from './host-ports';
import { makePod, withHostPort } from './test-fixtures';

describe('podHostPorts', () => {
  it('keeps app container ports with a host port, defaulting address and protocol', () => {
    const pod = withHostPort(makePod('p'), [
      { containerPort: 80, hostPort: 8080 },
      { containerPort: 53, hostPort: 53, protocol: 'UDP', hostIP: '10.0.0.1' },
      { containerPort: 9090 },
    ]);
    expect(podHostPorts(pod)).toEqual([
      { ip: '0.0.0.0', protocol: 'TCP', port: 8080 },
      { ip: '10.0.0.1', protocol: 'UDP', port: 53 },
    ]);
  });

  it('ignores init containers, as upstream does', () => {
    const pod = makePod('p', undefined, { initContainers: [{ name: 'init', ports: [{ hostPort: 80 }] }] });
    expect(podHostPorts(pod)).toEqual([]);
  });
});

describe('hostPortConflicts', () => {
  const used = [
    { ip: '0.0.0.0', protocol: 'TCP', port: 80 },
    { ip: '10.0.0.1', protocol: 'TCP', port: 443 },
  ];

  it('conflicts on the same protocol and port when either side binds every address', () => {
    expect(hostPortConflicts(used, { ip: '10.0.0.2', protocol: 'TCP', port: 80 })).toBe(true);
    expect(hostPortConflicts(used, { ip: '0.0.0.0', protocol: 'TCP', port: 443 })).toBe(true);
  });

  it('does not conflict across protocols or distinct specific addresses', () => {
    expect(hostPortConflicts(used, { ip: '0.0.0.0', protocol: 'UDP', port: 80 })).toBe(false);
    expect(hostPortConflicts(used, { ip: '10.0.0.2', protocol: 'TCP', port: 443 })).toBe(false);
    expect(hostPortConflicts(used, { ip: '10.0.0.1', protocol: 'TCP', port: 443 })).toBe(true);
  });
});
