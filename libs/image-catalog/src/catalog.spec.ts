import { containerArgv, findProgram, IMAGES, resolveImage, type ResolvedImage } from './catalog';
import { imageDigest } from './reference/image-reference';

const found = (given: string): ResolvedImage => {
  const lookup = resolveImage(given);
  if (lookup.kind !== 'found') throw new Error(`${given}: ${lookup.kind}`);
  return lookup.image;
};

describe('resolveImage', () => {
  const everyTag = IMAGES.flatMap((image) => Object.keys(image.tags).map((tag) => `${image.repositoryName}:${tag}`));

  it.each(everyTag)('resolves %s with a size, an argv and files', (given) => {
    const image = found(given);
    expect(image.sizeBytes).toBeGreaterThan(0);
    expect(image.name).toBe(given);
    expect(image.imageID).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(containerArgv(image).length).toBeGreaterThan(0);
    expect(image.env.PATH).toBeDefined();
    expect(image.workingDir.startsWith('/')).toBe(true);
  });

  it.each([
    'nginx',
    'nginx:1.27',
    'docker.io/library/nginx:1.27',
    'httpd',
    'busybox',
    'busybox:1.28',
    'alpine',
    'redis',
    'postgres',
    'mysql',
    'node',
    'python',
    'hashicorp/http-echo',
    'nginxdemos/hello:plain-text',
    'registry.k8s.io/e2e-test-images/agnhost:2.53',
    'polinux/stress',
    'progrium/stress',
    'registry.k8s.io/pause:3.10',
    'curlimages/curl',
    'ubuntu',
    'debian:bookworm-slim',
  ])('knows the short name %s', (given) => {
    expect(resolveImage(given).kind).toBe('found');
  });

  it('resolves a known digest to its tag and refuses an unknown one', () => {
    const digest = imageDigest('docker.io/library/nginx', '1.27');
    expect(found(`nginx@${digest}`).tag).toBe('1.27');
    const other = resolveImage(`nginx@sha256:${'0'.repeat(64)}`);
    expect(other.kind === 'not-found' && other.missing).toBe('digest');
  });

  it('tells an unknown repository from an unknown tag and an unknown registry', () => {
    const typo = resolveImage('ngnix');
    expect(typo.kind === 'not-found' && typo.missing).toBe('repository');
    const tag = resolveImage('nginx:1.99');
    expect(tag.kind === 'not-found' && tag.missing).toBe('tag');
    const registry = resolveImage('myregistry.example.com/app:1');
    expect(registry.kind === 'not-found' && registry.missing).toBe('registry');
    expect(resolveImage('Nginx').kind).toBe('invalid');
  });

  it('gives each image its config as Docker Hub has it', () => {
    const nginx = found('nginx:1.27');
    expect(containerArgv(nginx)).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect(nginx.env.NGINX_VERSION).toBe('1.27.5');
    expect(nginx.shell).toBe('dash');
    expect(found('nginx:1.14.2').entrypoint).toEqual([]);
    expect(found('nginx:alpine').shell).toBe('busybox');
    expect(containerArgv(found('busybox'))).toEqual(['sh']);
    expect(containerArgv(found('redis'))).toEqual(['docker-entrypoint.sh', 'redis-server']);
    expect(found('redis').workingDir).toBe('/data');
    expect(found('postgres').env.PGDATA).toBe('/var/lib/postgresql/data');
    expect(found('curlimages/curl').user).toMatchObject({ uid: 100, name: 'curl_user' });
    expect(found('registry.k8s.io/pause:3.10').user.uid).toBe(65535);
    expect(found('httpd').workingDir).toBe('/usr/local/apache2');
  });

  it('bakes files: os-release, nginx pages and passwd', () => {
    const paths = (image: ResolvedImage) => image.files.map((file) => file.path);
    expect(paths(found('nginx'))).toEqual(
      expect.arrayContaining([
        '/etc/os-release',
        '/usr/share/nginx/html/index.html',
        '/etc/nginx/nginx.conf',
        '/etc/passwd',
      ]),
    );
    expect(found('nginx').files.find((f) => f.path === '/etc/os-release')?.content).toContain('bookworm');
    expect(found('alpine').files.find((f) => f.path === '/etc/os-release')?.content).toContain('Alpine Linux v3.21');
    expect(found('curlimages/curl').files.find((f) => f.path === '/etc/passwd')?.content).toContain(
      'curl_user:x:100:101',
    );
    expect(paths(found('registry.k8s.io/pause:3.10'))).toEqual([]);
  });

  it('lists the tools on PATH by base', () => {
    expect(found('busybox').commands.has('wget')).toBe(true);
    expect(found('busybox').commands.has('curl')).toBe(false);
    expect(found('nginx').commands.has('ps')).toBe(false);
    expect(found('curlimages/curl').commands.has('curl')).toBe(true);
    expect(found('hashicorp/http-echo').commands.size).toBe(0);
  });

  it('finds programs by argv[0], as a basename or a full path', () => {
    const nginx = found('nginx');
    expect(findProgram(nginx, 'nginx')).toBeDefined();
    expect(findProgram(nginx, '/usr/sbin/nginx')).toBeDefined();
    expect(findProgram(nginx, 'redis-server')).toBeUndefined();
  });
});

describe('containerArgv', () => {
  const image = { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] };
  it('follows the runtime rules for command and args', () => {
    expect(containerArgv(image)).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect(containerArgv(image, ['sh', '-c', 'exit 1'])).toEqual(['sh', '-c', 'exit 1']);
    expect(containerArgv(image, undefined, ['sleep', '10'])).toEqual(['/docker-entrypoint.sh', 'sleep', '10']);
    expect(containerArgv(image, ['sleep'], ['10'])).toEqual(['sleep', '10']);
  });
});
