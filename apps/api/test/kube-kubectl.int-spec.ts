import { createKubectl, eventually, type Kubectl } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';

/** Whitespace-separated cells of each output line, so column alignment does not matter. */
const rows = (stdout: string): string[][] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/));

describe('Kubernetes API with the real kubectl: discovery, get, create, patch, scale, delete', () => {
  let kube: KubeEndpoint;
  let api: ApiContext;
  let kubectl: Kubectl;
  let tenant: { id: string; adminToken: string };
  let sandboxId: string;

  beforeAll(async () => {
    kube = await startKubeEndpoint();
    process.env.KUBE_PORT = String(kube.port);
    api = await createApiContext();
    tenant = await api.tenant('kubectl');
    sandboxId = (await api.sandbox(tenant.adminToken, { name: 'lesson', preset: 'standard', nodes: undefined })).id;
    const config = await api.as(tenant.adminToken).get(`/v1/sandboxes/${sandboxId}/kubeconfig`).expect(200);
    kubectl = await createKubectl(config.text);
  });
  afterAll(async () => {
    await kubectl.dispose();
    await kube.close();
    await api.app.close();
  });

  const run = async (args: string[], stdin?: string) => {
    const result = await kubectl.run(args, { stdin });
    return result;
  };
  const ok = async (args: string[], stdin?: string) => {
    const result = await run(args, stdin);
    expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
    return result.stdout;
  };

  it('lists api-resources from aggregated discovery', async () => {
    const out = rows(await ok(['api-resources']));
    expect(out[0]).toEqual(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']);
    expect(out).toContainEqual(['pods', 'po', 'v1', 'true', 'Pod']);
    expect(out).toContainEqual(['deployments', 'deploy', 'apps/v1', 'true', 'Deployment']);
    expect(out).toContainEqual(['nodes', 'no', 'v1', 'false', 'Node']);
  });

  it('gets nodes, namespaces and services with upstream columns', async () => {
    const nodes = rows(await ok(['get', 'nodes']));
    expect(nodes[0]).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION']);
    expect(nodes.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['control-plane', 'Ready', 'control-plane', 'v1.32.2'],
      ['node-1', 'Ready', '<none>', 'v1.32.2'],
      ['node-2', 'Ready', '<none>', 'v1.32.2'],
    ]);
    const namespaces = rows(await ok(['get', 'ns']));
    expect(namespaces.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['default', 'Active'],
      ['kube-node-lease', 'Active'],
      ['kube-public', 'Active'],
      ['kube-system', 'Active'],
    ]);
    const services = rows(await ok(['get', 'svc', '-A']));
    expect(services[0]).toEqual(['NAMESPACE', 'NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
    expect(services.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['default', 'kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP'],
      ['kube-system', 'kube-dns', 'ClusterIP', '10.96.0.10', '<none>', '53/UDP,53/TCP,9153/TCP'],
    ]);
    const wide = rows(await ok(['get', 'node', 'node-1', '-o', 'wide']));
    expect(wide[0]).toEqual([
      'NAME',
      'STATUS',
      'ROLES',
      'AGE',
      'VERSION',
      'INTERNAL-IP',
      'EXTERNAL-IP',
      'OS-IMAGE',
      'KERNEL-VERSION',
      'CONTAINER-RUNTIME',
    ]);
    const node = JSON.parse(await ok(['get', 'node', 'node-1', '-o', 'json'])) as {
      status: { nodeInfo: { kubeletVersion: string } };
    };
    expect(node.status.nodeInfo.kubeletVersion).toBe('v1.32.2');
  });

  it('creates, labels, annotates, lists by label and deletes a ConfigMap', async () => {
    const manifest = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings' },
      data: { mode: 'dev' },
    });
    expect(await ok(['create', '-f', '-', '--validate=strict'], manifest)).toBe('configmap/settings created\n');
    expect(await ok(['label', 'cm', 'settings', 'tier=web'])).toBe('configmap/settings labeled\n');
    expect(await ok(['annotate', 'cm', 'settings', 'owner=alice'])).toBe('configmap/settings annotated\n');
    const labelled = rows(await ok(['get', 'cm', '-l', 'tier=web']));
    expect(labelled).toEqual([
      ['NAME', 'DATA', 'AGE'],
      ['settings', '1', expect.stringMatching(/^\d+s$/) as unknown as string],
    ]);
    const object = JSON.parse(await ok(['get', 'cm', 'settings', '-o', 'json'])) as {
      metadata: { annotations: object };
      data: object;
    };
    expect(object.metadata.annotations).toEqual({ owner: 'alice' });
    expect(object.data).toEqual({ mode: 'dev' });
    expect(await ok(['delete', 'cm', 'settings'])).toBe('configmap "settings" deleted\n');
    const gone = await run(['get', 'cm', 'settings']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('Error from server (NotFound): configmaps "settings" not found\n');
  });

  it('answers bad input as the API server does', async () => {
    const exists = await run(
      ['create', '-f', '-', '--validate=strict'],
      JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }),
    );
    expect(exists.stderr).toBe(
      'Error from server (AlreadyExists): error when creating "STDIN": namespaces "default" already exists\n',
    );
    const invalid = await run(
      ['create', '-f', '-', '--validate=strict'],
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Bad_Name' } }),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(
      'The ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain',
    );
    const missingNs = await run(['get', 'cm', '-n', 'nowhere', 'x']);
    // kubectl 1.32 itself looks up the namespace after a 404 and reports that instead.
    expect(missingNs.stderr).toBe('Error from server (NotFound): namespaces "nowhere" not found\n');
    const noKind = await run(['get', 'frobnicators']);
    expect(noKind.stderr).toContain(`the server doesn't have a resource type "frobnicators"`);
  });

  it('scales a Deployment through the scale subresource', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
      },
    };
    expect(await ok(['create', '-f', '-', '--validate=strict'], JSON.stringify(deployment))).toBe(
      'deployment.apps/web created\n',
    );
    expect(await ok(['scale', 'deployment', 'web', '--replicas=3'])).toBe('deployment.apps/web scaled\n');
    expect(await ok(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.replicas} {.metadata.generation}'])).toBe('3 2');
    const table = rows(await ok(['get', 'deploy']));
    expect(table[0]).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(table[1].slice(0, 4)).toEqual(['web', '0/3', '0', '0']);
  });

  it('applies, re-applies, patches and replaces with OpenAPI validation, and explains fields', async () => {
    const deployment = (image: string) =>
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'api', labels: { app: 'api' } },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'api' } },
          template: {
            metadata: { labels: { app: 'api' } },
            spec: { containers: [{ name: 'api', image, ports: [{ containerPort: 80 }] }] },
          },
        },
      });
    expect(await ok(['apply', '-f', '-'], deployment('nginx:1.25'))).toBe('deployment.apps/api created\n');
    expect(await ok(['apply', '-f', '-'], deployment('nginx:1.25'))).toBe('deployment.apps/api unchanged\n');
    expect(await ok(['apply', '-f', '-'], deployment('nginx:1.27'))).toBe('deployment.apps/api configured\n');
    const image = () => ok(['get', 'deploy', 'api', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']);
    expect(await image()).toBe('nginx:1.27');
    expect(await ok(['set', 'image', 'deployment/api', 'api=nginx:1.28'])).toBe('deployment.apps/api image updated\n');
    expect(await image()).toBe('nginx:1.28');
    expect(await ok(['patch', 'deploy', 'api', '--type=merge', '-p', '{"spec":{"replicas":4}}'])).toBe(
      'deployment.apps/api patched\n',
    );
    expect(
      await ok(['patch', 'deploy', 'api', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":5}]']),
    ).toBe('deployment.apps/api patched\n');
    expect(await ok(['get', 'deploy', 'api', '-o', 'jsonpath={.spec.replicas}'])).toBe('5');

    const typo = await run(['create', '-f', '-'], deployment('x').replace('"replicas":2', '"replica":2'));
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"\n',
    );
    const current = JSON.parse(await ok(['get', 'deploy', 'api', '-o', 'json'])) as {
      metadata: { labels: Record<string, string> };
    };
    current.metadata.labels.replaced = 'yes';
    expect(await ok(['replace', '-f', '-'], JSON.stringify(current))).toBe('deployment.apps/api replaced\n');
    const stale = await run(['replace', '-f', '-'], JSON.stringify(current));
    expect(stale.stderr).toContain(
      'Error from server (Conflict): error when replacing "STDIN": Operation cannot be fulfilled on deployments.apps "api": the object has been modified',
    );

    const explained = await ok(['explain', 'deployment.spec.replicas']);
    expect(explained).toContain('GROUP:      apps');
    expect(explained).toContain('FIELD: replicas <integer>');
  });

  it('creates with the generators that send protobuf', async () => {
    expect(await ok(['create', 'namespace', 'team-a'])).toBe('namespace/team-a created\n');
    expect(await ok(['create', 'configmap', 'app', '-n', 'team-a', '--from-literal=mode=prod'])).toBe(
      'configmap/app created\n',
    );
    expect(await ok(['create', 'secret', 'generic', 'db', '-n', 'team-a', '--from-literal=password=s3cret'])).toBe(
      'secret/db created\n',
    );
    expect(await ok(['create', 'deployment', 'shop', '-n', 'team-a', '--image=nginx:1.27', '--replicas=2'])).toBe(
      'deployment.apps/shop created\n',
    );
    expect(await ok(['get', 'cm', 'app', '-n', 'team-a', '-o', 'jsonpath={.data.mode}'])).toBe('prod');
    expect(
      Buffer.from(
        await ok(['get', 'secret', 'db', '-n', 'team-a', '-o', 'jsonpath={.data.password}']),
        'base64',
      ).toString(),
    ).toBe('s3cret');
    expect(
      await ok([
        'get',
        'deploy',
        'shop',
        '-n',
        'team-a',
        '-o',
        'jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image}',
      ]),
    ).toBe('2 nginx:1.27');
    const again = await run(['create', 'namespace', 'team-a']);
    expect(again.stderr).toBe('Error from server (AlreadyExists): namespaces "team-a" already exists\n');
  });

  it('streams changes to kubectl get -w as table rows', async () => {
    await ok(['create', 'configmap', 'watched', '--from-literal=a=1']);
    const watch = kubectl.start(['get', 'cm', '-w']);
    try {
      await eventually(() => watch.stdout().includes('watched'));
      await ok(['label', 'cm', 'watched', 'seen=yes']);
      await ok(['delete', 'cm', 'watched']);
      // initial row, then one row per change (label, delete)
      await eventually(
        () =>
          watch
            .stdout()
            .split('\n')
            .filter((line) => line.startsWith('watched ')).length >= 3,
      );
      expect(watch.stdout().split('\n')[0]).toMatch(/^NAME\s+DATA\s+AGE$/);
    } finally {
      await watch.stop();
    }
  });

  it('runs cluster-info, describe, run, expose, edit, wait and cascading deletes', async () => {
    const info = await ok(['cluster-info']);
    expect(info).toContain(
      `Kubernetes control plane is running at https://localhost:${kube.port}/clusters/${sandboxId}`,
    );
    expect(info).toContain('CoreDNS is running at');
    const node = await ok(['describe', 'node', 'node-1']);
    expect(node).toMatch(/^Name:\s+node-1$/m);
    expect(node).toMatch(/^Roles:\s+<none>$/m);
    expect(node).toContain('Kubelet Version:            v1.32.2');

    expect(await ok(['run', 'solo', '--image=busybox', '--restart=Never', '--', 'sleep', '3600'])).toBe(
      'pod/solo created\n',
    );
    const pod = JSON.parse(await ok(['get', 'pod', 'solo', '-o', 'json'])) as {
      spec: { containers: { args: string[] }[]; restartPolicy: string };
    };
    expect(pod.spec.containers[0].args).toEqual(['sleep', '3600']);
    expect(pod.spec.restartPolicy).toBe('Never');
    const describedPod = await ok(['describe', 'pod', 'solo']);
    expect(describedPod).toMatch(/^Name:\s+solo$/m);
    expect(describedPod).toMatch(/^Status:\s+Pending$/m);
    expect(describedPod).toMatch(/^\s+Image:\s+busybox$/m);

    await ok(['create', 'deployment', 'front', '--image=nginx', '--port=80']);
    expect(await ok(['expose', 'deployment', 'front', '--port=80', '--target-port=8080'])).toBe(
      'service/front exposed\n',
    );
    const service = await ok(['describe', 'service', 'front']);
    expect(service).toMatch(/^Selector:\s+app=front$/m);
    expect(service).toMatch(/^TargetPort:\s+8080\/TCP$/m);
    expect(await ok(['describe', 'deployment', 'front'])).toMatch(/^Replicas:\s+1 desired/m);

    const edited = await kubectl.run(['edit', 'deployment', 'front'], {
      env: { EDITOR: `sed -i 's/image: nginx$/image: nginx:1.27/'`, KUBE_EDITOR: '' },
    });
    expect({ code: edited.code, stdout: edited.stdout }).toEqual({ code: 0, stdout: 'deployment.apps/front edited\n' });
    expect(await ok(['get', 'deploy', 'front', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'])).toBe(
      'nginx:1.27',
    );

    expect(await ok(['wait', '--for=condition=Ready', 'node/node-1', '--timeout=10s'])).toBe(
      'node/node-1 condition met\n',
    );
    // No garbage collector runs here: the orphan finalizer keeps the object until it does (see the
    // control-plane tests), so kubectl is told not to wait.
    expect(await ok(['delete', 'deployment', 'front', '--cascade=orphan', '--wait=false'])).toBe(
      'deployment.apps "front" deleted\n',
    );
    expect(await ok(['delete', 'pod', 'solo', '--wait=true'])).toBe('pod "solo" deleted\n');
  });

  it('applies server-side with field ownership, conflicts and forced takeover', async () => {
    const config = (mode: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'ssa' },
        data: { mode, owner: 'alice' },
      });
    expect(await ok(['apply', '--server-side', '--field-manager=alice', '-f', '-'], config('dev'))).toBe(
      'configmap/ssa serverside-applied\n',
    );
    expect(await ok(['apply', '--server-side', '--field-manager=alice', '-f', '-'], config('dev'))).toBe(
      'configmap/ssa serverside-applied\n',
    );
    const conflict = await run(['apply', '--server-side', '--field-manager=bob', '-f', '-'], config('prod'));
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('error: Apply failed with 1 conflict: conflict with "alice": .data.mode');
    expect(await ok(['get', 'cm', 'ssa', '-o', 'jsonpath={.data.mode}'])).toBe('dev');
    expect(
      await ok(['apply', '--server-side', '--field-manager=bob', '--force-conflicts', '-f', '-'], config('prod')),
    ).toBe('configmap/ssa serverside-applied\n');
    const object = JSON.parse(await ok(['get', 'cm', 'ssa', '-o', 'json', '--show-managed-fields'])) as {
      data: { mode: string };
      metadata: { managedFields: { manager: string; operation: string }[] };
    };
    expect(object.data.mode).toBe('prod');
    expect(object.metadata.managedFields.map((m) => [m.manager, m.operation]).sort()).toEqual([
      ['alice', 'Apply'],
      ['bob', 'Apply'],
    ]);
    // alice drops owner, which bob applied too (same value, shared ownership): it stays
    await ok(
      ['apply', '--server-side', '--field-manager=alice', '-f', '-'],
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ssa' }, data: { mode: 'prod' } }),
    );
    expect(await ok(['get', 'cm', 'ssa', '-o', 'jsonpath={.data}'])).toBe('{"mode":"prod","owner":"alice"}');
  });

  it('keeps other tenants and read-only instructors out', async () => {
    const other = await api.tenant('other');
    const outsider = await createKubectl(kube.kubeconfig(sandboxId, other.adminToken));
    const instructor = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'instructor' });
    const reader = await createKubectl(kube.kubeconfig(sandboxId, instructor.token));
    try {
      const denied = await outsider.run(['get', 'nodes']);
      expect(denied.code).toBe(1);
      expect(denied.stdout).toBe('');
      expect((await reader.run(['get', 'nodes'])).code).toBe(0);
      const write = await reader.run(['create', '-f', '-', '--validate=strict'], {
        stdin: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nope' } }),
      });
      expect(write.code).toBe(1);
      expect(write.stderr).toContain('Error from server (Forbidden)');
      expect(write.stderr).toContain('cannot create resource "configmaps" in API group "" in the namespace "default"');
    } finally {
      await outsider.dispose();
      await reader.dispose();
    }
  });
});
