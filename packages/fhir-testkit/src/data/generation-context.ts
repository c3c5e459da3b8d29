import type { Address, ContactPoint, HumanName, Meta, Reference, Resource } from 'fhir/r4.js';
import {
  familyNames,
  givenNamesFemale,
  givenNamesMale,
  localities,
  streetNames,
  streetTypes,
} from './au-vocabulary.js';
import type { Draw } from './random.js';
import { localDateOf } from './time-zone.js';

/** What every resource generator shares: the draws, the site's calendar, its clock and the inactive share. */
export interface GenerationContext {
  readonly draw: Draw;
  readonly timeZone: string;
  /** The instant the practice is seen at (epoch ms, whole seconds): nothing has happened after it. */
  readonly now: number;
  /** First appointment day, `YYYY-MM-DD` (local to `timeZone`). */
  readonly startDate: string;
  readonly days: number;
  readonly inactiveShare: number;
  /**
   * Background history (registrations, hires, clinical records) happens before this instant: the
   * earlier of `now` and the book's first day, so the book is the newest part of the story.
   */
  readonly historyEnd: number;
  /**
   * Earlier versions of each changed resource, by `Type/id`, oldest first: collected only when the
   * caller wants every version (the mock seeds its store with them, so vread and `_history` tell
   * each resource's story). Undefined: not collected.
   */
  readonly earlier?: Map<string, Resource[]>;
}

/** Keeps `current`'s earlier versions (built only when they are being collected). */
export function keepEarlier(ctx: GenerationContext, current: Resource, versions: () => Resource[]): void {
  ctx.earlier?.set(`${current.resourceType}/${current.id}`, versions());
}

const minuteMs = 60_000;
/** One day in milliseconds. */
export const dayMs = 86_400_000;

/** An instant (epoch ms, rounded down to the second) as a FHIR instant in UTC. */
export function instantText(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
}

/** `meta` of version `versionId`, last updated at `epochMs` (to the second). */
export function metaAt(versionId: number, epochMs: number): Meta {
  return { versionId: String(versionId), lastUpdated: instantText(epochMs) };
}

/** A whole-minute instant in `[from, to]` (`to` is raised to `from` when earlier). */
export function drawInstant(ctx: GenerationContext, from: number, to: number): number {
  const low = Math.ceil(from / minuteMs);
  const high = Math.max(low, Math.floor(to / minuteMs));
  return ctx.draw.int(low, high) * minuteMs;
}

/** `meta` of a first version written up to three years before the history ends (sites, rooms). */
export function firstVersionMeta(ctx: GenerationContext): Meta {
  return metaAt(1, drawInstant(ctx, ctx.historyEnd - 3 * 365 * dayMs, ctx.historyEnd - dayMs));
}

/** A local date (`YYYY-MM-DD`) `minDaysBefore`..`maxDaysBefore` days before the history ends. */
export function dayBeforeHistoryEnd(
  ctx: GenerationContext,
  minDaysBefore: number,
  maxDaysBefore: number,
): string {
  return localDateOf(ctx.historyEnd - ctx.draw.int(minDaysBefore, maxDaysBefore) * dayMs, ctx.timeZone);
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
