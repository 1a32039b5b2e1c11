import { Module } from '@nestjs/common';
import { StoreModule } from '@ksb/store';
import { TenancyModule } from '@ksb/tenancy';
import { SandboxExpiryReconciler } from './expiry/sandbox-expiry.reconciler';
import { SandboxesRepository } from './sandboxes.repository';
import { SandboxesService } from './sandboxes.service';

@Module({
  imports: [StoreModule, TenancyModule],
  providers: [SandboxesRepository, SandboxesService, SandboxExpiryReconciler],
  exports: [SandboxesService, SandboxExpiryReconciler],
})
export class SandboxesModule {}
