import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@ksb/database';
import { timingProfile, type TimingProfile } from '../timing/timing-profile';

const CACHE_LIMIT = 10_000;

/** The timing profile of each live sandbox. A sandbox's profile never changes, so lookups are cached. */
@Injectable()
export class SandboxProfilesRepository {
  private readonly cache = new Map<string, TimingProfile>();

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Undefined when the sandbox is gone or expired: its control loops have nothing to do. */
  async find(sandboxId: string): Promise<TimingProfile | undefined> {
    const { rows } = await this.pool.query<{ profile: string }>(
      `SELECT profile FROM sandboxes WHERE id = $1 AND phase <> 'Expired'`,
      [sandboxId],
    );
    const row = rows[0];
    if (!row) {
      this.cache.delete(sandboxId);
      return undefined;
    }
    const profile = this.cache.get(sandboxId) ?? timingProfile(row.profile);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(sandboxId, profile);
    return profile;
  }
}
