import type { ContactPoint, Patient } from 'fhir/r4.js';
import { AuIdentifierSystem, generateIhi, generateMedicareNumber } from './au-identifiers.js';
import {
  dayBeforeHistoryEnd,
  dayMs,
  drawAddress,
  drawInstant,
  drawPerson,
  type GenerationContext,
  humanName,
  keepEarlier,
  metaAt,
  mobilePhone,
  reference,
} from './generation-context.js';
import { startOfLocalDay } from './time-zone.js';

/** Patients are registered at one practice with a usual GP there. */
export interface PatientHome {
  readonly organizationId: string;
  readonly practitionerId: string;
}

/** A generated patient and when they left the practice (epoch ms; undefined while active). */
export interface GeneratedPatient {
  readonly patient: Patient;
  readonly leftAt: number | undefined;
}

/**
 * One Patient with IHI, Medicare number with IRN, local MRN, address, mobile and usual GP,
 * registered after birth and before the history ends. An inactive one (per `inactiveShare`) was
 * made inactive in the year before `now`: version 2, last updated then.
 */
export function generatePatient(ctx: GenerationContext, index: number, home: PatientHome): GeneratedPatient {
  const person = drawPerson(ctx);
  const telecom: ContactPoint[] = [mobilePhone(ctx)];
  if (ctx.draw.chance(0.4)) {
    const local = `${person.given[0] ?? 'patient'}${ctx.draw.int(1, 99)}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]/g, '');
    telecom.push({ system: 'email', use: 'home', value: `${local.toLowerCase()}@example.net.au` });
  }
  const medicare = generateMedicareNumber(ctx.draw);
  const birthDate = dayBeforeHistoryEnd(ctx, 30, 95 * 365);
  const born = startOfLocalDay(birthDate, ctx.timeZone);
  const registeredAt = drawInstant(
    ctx,
    Math.max(born, ctx.historyEnd - 15 * 365 * dayMs),
    ctx.historyEnd - dayMs,
  );
  const left = ctx.draw.chance(ctx.inactiveShare);
  const leftAt = left
    ? drawInstant(ctx, Math.max(registeredAt + dayMs, ctx.now - 365 * dayMs), ctx.now - 3_600_000)
    : undefined;
  const patient: Patient = {
    resourceType: 'Patient',
    id: `pat-${index + 1}`,
    meta: leftAt === undefined ? metaAt(1, registeredAt) : metaAt(2, leftAt),
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
    active: !left,
    name: [humanName(person)],
    telecom,
    gender: person.gender,
    birthDate,
    address: [drawAddress(ctx, 'home')],
    generalPractitioner: [reference('Practitioner', home.practitionerId)],
    managingOrganization: reference('Organization', home.organizationId),
  };
  if (leftAt !== undefined) {
    keepEarlier(ctx, patient, () => [{ ...patient, active: true, meta: metaAt(1, registeredAt) }]);
  }
  return { patient, leftAt };
}
