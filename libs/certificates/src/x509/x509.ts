import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// @peculiar/x509 signs through WebCrypto; Node's own implementation is the provider (no polyfill).
x509.cryptoProvider.set(webcrypto);

/** ECDSA P-256 with SHA-256: fast to generate at boot, and accepted by Go's TLS stack (kubectl). */
export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

export { x509 };
