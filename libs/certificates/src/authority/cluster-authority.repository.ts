import { Injectable } from '@nestjs/common';
import { PrismaService } from '@ksb/database';

/** A CA row: the private key is PKCS#8 PEM when keyId is null, else sealed with the key of that id. */
export interface StoredAuthority {
  name: string;
  certificatePem: string;
  privateKey: string;
  keyId: string | null;
}

export type NewAuthority = Omit<StoredAuthority, 'name'>;

@Injectable()
export class ClusterAuthorityRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(name: string): Promise<StoredAuthority | null> {
    return this.prisma.clusterAuthority.findUnique({
      where: { name },
      select: { name: true, certificatePem: true, privateKey: true, keyId: true },
    });
  }

  /**
   * Returns the authority `name`, creating it first when missing. The creation runs under a transaction
   * advisory lock, so API processes starting together create one CA and all of them load that one.
   */
  async findOrCreate(name: string, create: () => Promise<NewAuthority>): Promise<StoredAuthority> {
    const existing = await this.find(name);
    if (existing) return existing;
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'cluster-authority:' + name}))`;
      const winner = await tx.clusterAuthority.findUnique({ where: { name } });
      if (winner) return winner;
      return tx.clusterAuthority.create({ data: { name, ...(await create()) } });
    });
  }

  /**
   * Replaces the private key stored under key id `from` (null: plaintext) by its form sealed with `keyId`;
   * a no-op when another process did it first.
   */
  async sealKey(name: string, sealedKey: string, keyId: string, from: string | null = null): Promise<void> {
    await this.prisma.clusterAuthority.updateMany({
      where: { name, keyId: from },
      data: { privateKey: sealedKey, keyId },
    });
  }
}
