import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { writeJson } from '../status/write-json';
import { SERVER_VERSION } from './server-version';

/**
 * /version under each sandbox's prefix (where kubectl asks, relative to its server URL; authenticated
 * like every path there) and at the root (public, as the API server's is).
 */
@Controller()
export class VersionController {
  @Get(['version', 'clusters/:sandboxId/version'])
  version(@Res() res: Response): void {
    writeJson(res, 200, SERVER_VERSION);
  }
}
