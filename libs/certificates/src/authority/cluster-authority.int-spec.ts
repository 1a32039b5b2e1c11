import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule, newId, PrismaService } from '@ksb/database';
import { requireTestEnv } from '@ksb/testing';
import { sealingKeyFrom } from '../at-rest/sealing-key';
import { ClusterAuthorityRepository } from './cluster-authority.repository';
import { loadCertificateAuthority } from './load-certificate-authority';

describe('cluster authority (Postgres)', () => {
  let moduleRef: TestingModule;
  let repository: ClusterAuthorityRepository;
  let prisma: PrismaService;
  // Each test uses its own authority name: the "cluster" row belongs to the endpoint tests running beside.
  const name = () => newId('test');

  beforeAll(async () => {
    const env = requireTestEnv();
    Object.assign(process.env, { DATABASE_URL: env.databaseUrl, DB_POOL_SIZE: '20' });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule],
      providers: [ClusterAuthorityRepository],
    }).compile();
    await moduleRef.init();
    repository = moduleRef.get(ClusterAuthorityRepository);
    prisma = moduleRef.get(PrismaService);
  });
  afterAll(async () => {
    await prisma.clusterAuthority.deleteMany({ where: { name: { startsWith: 'test-' } } });
    await moduleRef.close();
  });

  it('creates one CA when many processes start at once, and loads that one afterwards', async () => {
    const authority = name();
    const loaded = await Promise.all(
      Array.from({ length: 12 }, () => loadCertificateAuthority(repository, undefined, authority)),
    );
    expect(new Set(loaded.map((ca) => ca.certificatePem)).size).toBe(1);
    expect(await prisma.clusterAuthority.count({ where: { name: authority } })).toBe(1);
    const again = await loadCertificateAuthority(repository, undefined, authority);
    expect(again.certificatePem).toBe(loaded[0].certificatePem);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect(row.keyId).toBeNull();
    expect(row.privateKey).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('stores the private key sealed when a key is configured, and needs that key to load it', async () => {
    const authority = name();
    const key = sealingKeyFrom(randomBytes(32).toString('base64'));
    const created = await loadCertificateAuthority(repository, key, authority);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect(row.keyId).toBe(key.id);
    expect(row.privateKey).not.toContain('PRIVATE KEY');
    expect((await loadCertificateAuthority(repository, key, authority)).certificatePem).toBe(created.certificatePem);

    await expect(loadCertificateAuthority(repository, undefined, authority)).rejects.toThrow(
      `is stored encrypted (key id ${key.id}): set ENCRYPTION_KEY to that key`,
    );
    const other = sealingKeyFrom(randomBytes(32).toString('base64'));
    await expect(loadCertificateAuthority(repository, other, authority)).rejects.toThrow(
      `ENCRYPTION_KEY (key id ${other.id}) is not the key that sealed`,
    );
  });

  it('seals a key stored in plaintext once a key is configured', async () => {
    const authority = name();
    const plain = await loadCertificateAuthority(repository, undefined, authority);
    const key = sealingKeyFrom(randomBytes(32).toString('base64'));
    const sealed = await loadCertificateAuthority(repository, key, authority);
    expect(sealed.certificatePem).toBe(plain.certificatePem);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect([row.keyId, row.privateKey.includes('PRIVATE KEY')]).toEqual([key.id, false]);
    expect((await loadCertificateAuthority(repository, key, authority)).certificatePem).toBe(plain.certificatePem);
  });
});
