import type { Address, ContactPoint, HumanName, Meta, Reference } from 'fhir/r4.js';
import {
  familyNames,
  givenNamesFemale,
  givenNamesMale,
  localities,
  streetNames,
  streetTypes,
} from './au-vocabulary.js';
import type { Draw } from './random.js';

/** What every resource generator shares: the draws, the site's calendar and the inactive share. */
export interface GenerationContext {
  readonly draw: Draw;
  readonly timeZone: string;
  /** First appointment day, `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly days: number;
  readonly inactiveShare: number;
}

/** `meta` of a first version, last updated at a random instant up to a year before the start day. */
export function firstVersionMeta(ctx: GenerationContext): Meta {
  const start = Date.parse(`${ctx.startDate}T00:00:00Z`);
  const lastUpdated = new Date(start - ctx.draw.int(1, 365 * 24 * 60) * 60_000).toISOString();
  return { versionId: '1', lastUpdated };
}

/** A date (`YYYY-MM-DD`) `minDaysBefore`..`maxDaysBefore` days before the start day. */
export function dayBeforeStart(ctx: GenerationContext, minDaysBefore: number, maxDaysBefore: number): string {
  const start = Date.parse(`${ctx.startDate}T00:00:00Z`);
  return new Date(start - ctx.draw.int(minDaysBefore, maxDaysBefore) * 86_400_000).toISOString().slice(0, 10);
}

/** A relative reference `Type/id`, with a display when given. */
export function reference(resourceType: string, id: string, display?: string): Reference {
  return display === undefined
    ? { reference: `${resourceType}/${id}` }
    : { reference: `${resourceType}/${id}`, display };
}

/** Genders the generator draws. */
export type Gender = 'male' | 'female';

/** A person's gender and names. */
export function drawPerson(ctx: GenerationContext): { gender: Gender; given: string[]; family: string } {
  const gender: Gender = ctx.draw.chance(0.5) ? 'female' : 'male';
  const names = gender === 'female' ? givenNamesFemale : givenNamesMale;
  const given = ctx.draw.chance(0.3) ? [ctx.draw.pick(names), ctx.draw.pick(names)] : [ctx.draw.pick(names)];
  return { gender, given, family: ctx.draw.pick(familyNames) };
}

/** An official HumanName with `text`, optionally with a prefix such as `Dr`. */
export function humanName(person: { given: string[]; family: string }, prefix?: string): HumanName {
  const text = `${prefix === undefined ? '' : `${prefix} `}${person.given.join(' ')} ${person.family}`;
  return prefix === undefined
    ? { use: 'official', text, family: person.family, given: person.given }
    : { use: 'official', text, family: person.family, given: person.given, prefix: [prefix] };
}

/** A physical AU address in a real suburb/state/postcode. */
export function drawAddress(ctx: GenerationContext, use: Address['use']): Address {
  const locality = ctx.draw.pick(localities);
  const line = `${ctx.draw.int(1, 240)} ${ctx.draw.pick(streetNames)} ${ctx.draw.pick(streetTypes)}`;
  return {
    use,
    type: 'physical',
    line: [line],
    city: locality.city,
    state: locality.state,
    postalCode: locality.postalCode,
    country: 'AU',
  };
}

/** An Australian mobile number, `04xx xxx xxx`. */
export function mobilePhone(ctx: GenerationContext): ContactPoint {
  const d = ctx.draw.digits(8);
  return { system: 'phone', use: 'mobile', value: `04${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` };
}

/** A landline in the state's area code, `(0x) xxxx xxxx`. */
export function landline(ctx: GenerationContext, state: string, use: ContactPoint['use']): ContactPoint {
  const area =
    { NSW: '02', ACT: '02', VIC: '03', TAS: '03', QLD: '07', WA: '08', SA: '08', NT: '08' }[state] ?? '02';
  const d = ctx.draw.digits(8);
  return { system: 'phone', use, value: `(${area}) ${d.slice(0, 4)} ${d.slice(4)}` };
}

/** `given.family@domain`, ASCII-only. */
export function email(person: { given: string[]; family: string }, domain: string): ContactPoint {
  const local = `${person.given[0] ?? 'user'}.${person.family}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return { system: 'email', use: 'work', value: `${local}@${domain}` };
}
