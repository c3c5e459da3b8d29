import type { Location, Organization, Practitioner, PractitionerRole, Schedule } from 'fhir/r4.js';
import { AuIdentifierSystem, generateHpii, generateHpio } from './au-identifiers.js';
import { practiceNames } from './au-vocabulary.js';
import { CodeSystem } from './clinical-vocabulary.js';
import {
  drawAddress,
  drawPerson,
  email,
  firstVersionMeta,
  type GenerationContext,
  humanName,
  landline,
  reference,
} from './generation-context.js';
import { addDays } from './time-zone.js';

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
}

/** The `index`th GP of the site, working at `practice`. */
export function generateGp(ctx: GenerationContext, index: number, practice: Practice): GeneralPractitioner {
  const person = drawPerson(ctx);
  const active = !ctx.draw.chance(ctx.inactiveShare);
  const id = `prac-${index + 1}`;
  const name = humanName(person, 'Dr');
  const domain = `${practice.organization.id ?? 'practice'}.example.com.au`;
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id,
    meta: firstVersionMeta(ctx),
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
    meta: firstVersionMeta(ctx),
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
    meta: firstVersionMeta(ctx),
    active,
    serviceType: [
      { coding: [{ system: CodeSystem.Snomed, code: '394814009', display: 'General practice' }] },
    ],
    actor: [reference('Practitioner', id, display), reference('Location', practice.location.id ?? '')],
    planningHorizon: { start: ctx.startDate, end: addDays(ctx.startDate, Math.max(0, ctx.days - 1)) },
  };
  return { practitioner, role, schedule };
}
