import type { PauseRemoval, ScopeTarget } from '@halo-fhir/fhir-client';
import type { ResolvedRedisStoreOptions } from './options.js';

/** The Redis key names of one integrator in one environment. */
export interface StoreKeys {
  /** `{prefix}:{environment}:{integrator}`: every key starts with it. */
  readonly base: string;
  /** The Pub/Sub channel where every change is announced. */
  readonly channel: string;
  /** A counter that orders changes, so a late message never undoes a newer one. */
  readonly sequence: string;
  /** Hash: queries sent per site by the whole fleet. */
  readonly billed: string;
  pause(target: ScopeTarget): string;
  /** Pattern matching every pause key (for SCAN). */
  readonly pausePattern: string;
  breaker(site: string): string;
  readonly breakerPattern: string;
  login(site: string): string;
  /** One slice of the retry budget's window. */
  budget(slice: number): string;
}

/** Site and practitioner ids may hold any character: encode them so a key never splits. */
const part = (value: string | undefined): string => encodeURIComponent(value ?? '');

/** Builds the key names: `halo-fhir:resilience:{environment}:{integrator}:pause:site:{site}` and so on. */
export function storeKeys(
  options: Pick<ResolvedRedisStoreOptions, 'keyPrefix' | 'environment' | 'integrator'>,
): StoreKeys {
  const base = `${options.keyPrefix}:${options.environment}:${options.integrator}`;
  return {
    base,
    channel: `${base}:changes`,
    sequence: `${base}:sequence`,
    billed: `${base}:billed`,
    pause(target) {
      if (target.scope === 'integrator') return `${base}:pause:integrator`;
      if (target.scope === 'site') return `${base}:pause:site:${part(target.site)}`;
      const id = (target.practitioner ?? '').replace(/^.*Practitioner\//, '');
      return `${base}:pause:practitioner:${part(target.site)}:${part(id)}`;
    },
    pausePattern: `${base}:pause:*`,
    breaker: (site) => `${base}:breaker:${part(site)}`,
    breakerPattern: `${base}:breaker:*`,
    login: (site) => `${base}:login:${part(site)}`,
    budget: (slice) => `${base}:budget:${slice}`,
  };
}

/** The pause key a removal deletes, or undefined for `all` (every pause key). */
export function removalKey(keys: StoreKeys, removal: PauseRemoval): string | undefined {
  switch (removal.scope) {
    case 'all':
      return undefined;
    case 'integrator':
      return keys.pause({ scope: 'integrator' });
    case 'site':
      return keys.pause({ scope: 'site', site: removal.site });
    case 'practitioner':
      return keys.pause({ scope: 'practitioner', site: removal.site, practitioner: removal.practitioner });
  }
}
