import type { Location, Organization, Practitioner, PractitionerRole, Schedule } from 'fhir/r4.js';
import { AuIdentifierSystem, generateHpii, generateHpio } from './au-identifiers.js';
import { practiceNames } from './au-vocabulary.js';
import { CodeSystem } from './clinical-vocabulary.js';
import {
  dayMs,
  drawAddress,
  drawInstant,
  drawPerson,
  email,
  firstVersionMeta,
  type GenerationContext,
  humanName,
  keepEarlier,
  landline,
  metaAt,
  reference,
} from './generation-context.js';
import { addDays, localDateOf } from './time-zone.js';

/** One practice: its Organization and its main Location. */
export interface Practice {
  readonly organization: Organization;
  readonly location: Location;
}

/** The `index`th practice: an Organization (with HPI-O) and its Location. */
export function generatePractice(ctx: GenerationContext, index: number): Practice {
  const name = practiceNames[index % practiceNames.length] ?? 'General Practice';
  const address = drawAddress(ctx, 'work');
  const phone = landline(ctx, address.state ?? 'NSW', 'work');
  const orgId = `org-${index + 1}`;
  const organization: Organization = {
    resourceType: 'Organization',
    id: orgId,
    meta: firstVersionMeta(ctx),
    identifier: [{ system: AuIdentifierSystem.Hpio, value: generateHpio(ctx.draw) }],
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov' }] }],
    name,
    telecom: [phone],
    address: [address],
  };
  const location: Location = {
    resourceType: 'Location',
    id: `loc-${index + 1}`,
    meta: firstVersionMeta(ctx),
    status: 'active',
    name: `${name} – Consulting rooms`,
    mode: 'instance',
    telecom: [phone],
    address,
    managingOrganization: reference('Organization', orgId, name),
  };
  return { organization, location };
}

/** One GP: Practitioner, PractitionerRole at a practice, and the Schedule their Slots hang off. */
export interface GeneralPractitioner {
  readonly practitioner: Practitioner;
  readonly role: PractitionerRole;
  readonly schedule: Schedule;
  /** When the GP left the practice (epoch ms), before the appointment book starts; undefined while active. */
  readonly leftAt: number | undefined;
}

/**
 * The `index`th GP of the site, working at `practice`. A GP who left (`active` false, per
 * `inactiveShare`; never a practice's first GP, so every practice keeps one) left before the
 * appointment book starts: their records were last updated when they left and they have no slots.
 */
export function generateGp(
  ctx: GenerationContext,
  index: number,
  practice: Practice,
  options: { readonly mayLeave: boolean },
): GeneralPractitioner {
  const person = drawPerson(ctx);
  const left = ctx.draw.chance(ctx.inactiveShare) && options.mayLeave;
  const active = !left;
  const hiredAt = drawInstant(ctx, ctx.historyEnd - 10 * 365 * dayMs, ctx.historyEnd - 60 * dayMs);
  const leftAt = left
    ? drawInstant(ctx, Math.max(hiredAt + 30 * dayMs, ctx.historyEnd - 365 * dayMs), ctx.historyEnd - dayMs)
    : undefined;
  const meta = leftAt === undefined ? metaAt(1, hiredAt) : metaAt(2, leftAt);
  const id = `prac-${index + 1}`;
  const name = humanName(person, 'Dr');
  const domain = `${practice.organization.id ?? 'practice'}.example.com.au`;
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id,
    meta,
    identifier: [
      { system: AuIdentifierSystem.Hpii, value: generateHpii(ctx.draw) },
      { system: AuIdentifierSystem.PrescriberNumber, value: ctx.draw.digits(7) },
    ],
    active,
    name: [name],
    telecom: [email(person, domain)],
    gender: person.gender,
    qualification: [{ code: { text: 'FRACGP' } }],
  };
  const display = name.text ?? id;
  const role: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: `role-${index + 1}`,
    meta,
    active,
    practitioner: reference('Practitioner', id, display),
    organization: reference('Organization', practice.organization.id ?? '', practice.organization.name),
    location: [reference('Location', practice.location.id ?? '')],
    code: [{ coding: [{ system: CodeSystem.Snomed, code: '62247001', display: 'General practitioner' }] }],
    specialty: [{ coding: [{ system: CodeSystem.Snomed, code: '394814009', display: 'General practice' }] }],
  };
  const schedule: Schedule = {
    resourceType: 'Schedule',
    id: `sched-${index + 1}`,
    meta,
    active,
    serviceType: [
      { coding: [{ system: CodeSystem.Snomed, code: '394814009', display: 'General practice' }] },
    ],
    actor: [reference('Practitioner', id, display), reference('Location', practice.location.id ?? '')],
    planningHorizon:
      leftAt === undefined
        ? { start: ctx.startDate, end: addDays(ctx.startDate, Math.max(0, ctx.days - 1)) }
        : { start: localDateOf(hiredAt, ctx.timeZone), end: localDateOf(leftAt, ctx.timeZone) },
  };
  if (leftAt !== undefined) {
    for (const current of [practitioner, role, schedule]) {
      keepEarlier(ctx, current, () => [{ ...current, active: true, meta: metaAt(1, hiredAt) }]);
    }
  }
  return { practitioner, role, schedule, leftAt };
}
