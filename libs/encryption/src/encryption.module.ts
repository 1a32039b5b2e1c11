import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { Keyring } from './keyring';

/** Provides the Keyring from ENCRYPTION_KEY and ENCRYPTION_KEYS_OLD. */
@Module({
  providers: [
    {
      provide: Keyring,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => Keyring.from(config.ENCRYPTION_KEY, config.ENCRYPTION_KEYS_OLD),
    },
  ],
  exports: [Keyring],
})
export class EncryptionModule {}
