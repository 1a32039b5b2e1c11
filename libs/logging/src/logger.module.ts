import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '@ksb/config';

export interface LoggerOptions {
  /** Tags every line (e.g. "kube" for the Kubernetes endpoint). */
  endpoint?: string;
  /** Request paths not logged (health probes). */
  quietPaths?: readonly string[];
}

/**
 * pino for a process: one short line per request (method, url, status, time); headers, and with them
 * bearer tokens, are never logged.
 */
export const loggerModule = (options: LoggerOptions = {}): DynamicModule =>
  LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      pinoHttp: {
        level: config.LOG_LEVEL,
        // A logger name, not customProps: those build a second child logger for every request.
        ...(options.endpoint ? { name: options.endpoint } : {}),
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req: { url?: string }) => (options.quietPaths ?? []).includes(req.url ?? '') },
      },
    }),
  });
