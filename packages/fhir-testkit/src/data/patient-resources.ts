import type { ContactPoint, Patient } from 'fhir/r4.js';
import { AuIdentifierSystem, generateIhi, generateMedicareNumber } from './au-identifiers.js';
import {
  dayBeforeStart,
  drawAddress,
  drawPerson,
  firstVersionMeta,
  type GenerationContext,
  humanName,
  mobilePhone,
  reference,
} from './generation-context.js';

/** Patients are registered at one practice with a usual GP there. */
export interface PatientHome {
  readonly organizationId: string;
  readonly practitionerId: string;
}

/** One Patient with IHI, Medicare number with IRN, local MRN, address, mobile and usual GP. */
export function generatePatient(ctx: GenerationContext, index: number, home: PatientHome): Patient {
  const person = drawPerson(ctx);
  const telecom: ContactPoint[] = [mobilePhone(ctx)];
  if (ctx.draw.chance(0.4)) {
    const local = `${person.given[0] ?? 'patient'}${ctx.draw.int(1, 99)}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]/g, '');
    telecom.push({ system: 'email', use: 'home', value: `${local.toLowerCase()}@example.net.au` });
  }
  const medicare = generateMedicareNumber(ctx.draw);
  const patient: Patient = {
    resourceType: 'Patient',
    id: `pat-${index + 1}`,
    meta: firstVersionMeta(ctx),
    identifier: [
      {
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'NI' }],
          text: 'IHI',
        },
        system: AuIdentifierSystem.Ihi,
        value: generateIhi(ctx.draw),
      },
      {
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MC' }],
          text: 'Medicare',
        },
        system: AuIdentifierSystem.Medicare,
        value: medicare,
        period: { end: `${2026 + ctx.draw.int(0, 5)}-${String(ctx.draw.int(1, 12)).padStart(2, '0')}` },
      },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: `urn:halo-fhir:testkit:${home.organizationId}:mrn`,
        value: String(100000 + index),
      },
    ],
    active: !ctx.draw.chance(ctx.inactiveShare),
    name: [humanName(person)],
    telecom,
    gender: person.gender,
    birthDate: dayBeforeStart(ctx, 30, 95 * 365),
    address: [drawAddress(ctx, 'home')],
    generalPractitioner: [reference('Practitioner', home.practitionerId)],
    managingOrganization: reference('Organization', home.organizationId),
  };
  return patient;
}
