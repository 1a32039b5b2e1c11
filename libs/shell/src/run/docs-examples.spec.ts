import { harness, sh } from '../testing/harness';

/** Commands from the Kubernetes documentation's tasks, as learners paste them. */
describe('Kubernetes docs examples', () => {
  it('liveness exec: touch, sleep, rm, sleep', () => {
    const h = harness();
    const result = sh(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'], {
      h,
      maxEffects: 1,
    });
    expect(result.effects).toEqual([{ kind: 'sleep', ms: 30_000 }]);
    expect(h.fs.exists('/tmp/healthy')).toBe(true);
    expect(sh(['cat', '/tmp/healthy'], { h }).code).toBe(0);
  });

  it('init container waiting for a service with nslookup', () => {
    const script = 'until nslookup myservice.default.svc.cluster.local; do echo waiting for myservice; sleep 2; done';
    let calls = 0;
    const result = sh(['sh', '-c', script], {
      network: {
        resolve: () =>
          ++calls < 3
            ? { kind: 'nxdomain' }
            : { kind: 'found', name: 'myservice.default.svc.cluster.local', addresses: ['10.96.0.50'] },
      },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/waiting for myservice/g)).toHaveLength(2);
    expect(result.effects.filter((e) => e.kind === 'sleep')).toHaveLength(2);
  });

  it('a counter printing the date every second', () => {
    const result = sh(['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'], {
      maxEffects: 2,
    });
    expect(result.stdout).toBe('0: Wed Nov 25 02:56:00 UTC 2026\n1: Wed Nov 25 02:56:01 UTC 2026\n');
  });

  it('env and dependent variables printed by a pod', () => {
    expect(
      sh(['sh', '-c', 'echo "$GREETING $HONORIFIC $NAME"'], {
        env: { GREETING: 'Warm greetings to', HONORIFIC: 'The Most Honorable', NAME: 'Kubernetes' },
      }).stdout,
    ).toBe('Warm greetings to The Most Honorable Kubernetes\n');
  });

  it('writes into a shared emptyDir and reads it back', () => {
    const h = harness();
    h.fs.mkdir('/pod-data');
    sh(['/bin/sh', '-c', 'echo Hello from the debian container > /pod-data/index.html'], { h });
    expect(sh('cat /pod-data/index.html', { h }).stdout).toBe('Hello from the debian container\n');
  });

  it('a job computing and exiting', () => {
    expect(sh(['sh', '-c', 'for i in 1 2 3 4 5; do s=$((s+i)); done; echo $s; exit 0']).stdout).toBe('15\n');
  });
});
