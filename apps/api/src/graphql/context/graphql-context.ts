import type { Principal } from '@ksb/tenancy';
import type { ObjectLoaders } from '../loaders/object-loaders';

/** What every resolver gets: who calls (null without a valid token) and the request's batched readers. */
export interface GraphqlContext {
  principal: Principal | null;
  loaders: ObjectLoaders;
}
