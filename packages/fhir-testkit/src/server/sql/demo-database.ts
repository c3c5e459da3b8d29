import type { Appointment, Identifier, Patient, Practitioner, Resource } from 'fhir/r4.js';
import { AuIdentifierSystem } from '../../data/au-identifiers.js';
import { mssqlError } from './database-errors.js';
import type { SqlCall, SqlHandler, SqlHandlerResult, SqlValue } from './sql-mock-types.js';

/** What the demo database reads: the site's resources, the same ones the FHIR routes serve. */
export interface DemoSource {
  list(resourceType: string): readonly Resource[];
}

type Row = Record<string, SqlValue>;

/** One query of the demo database, for docs and `--help`. */
export interface DemoQuery {
  /** The exact SQL text, or `EXEC`-able procedure name. */
  readonly sql: string;
  /** Whether `sql` is SQL text or a procedure name. */
  readonly kind: 'text' | 'storedProcedure';
  /** What the query returns, for the README table. */
  readonly description: string;
}

/**
 * The built-in demo database: Best Practice-style views over the generated practice (ids are the
 * FHIR ids, e.g. `pat-1`, `prac-1`, `appt-1`, so both APIs agree).
 */
export const demoQueries: readonly DemoQuery[] = [
  {
    sql: 'SELECT * FROM BPS_Patients',
    kind: 'text',
    description:
      'every patient: PatientID, Title, FirstName, Surname, DOB, Sex, MedicareNo, IHI, UsualDoctorID, Active',
  },
  {
    sql: 'SELECT * FROM BPS_Patients WHERE PatientID = @PatientID',
    kind: 'text',
    description: 'one patient',
  },
  {
    sql: 'SELECT COUNT(*) FROM BPS_Patients',
    kind: 'text',
    description: 'the number of patients (use executionMode scalar)',
  },
  {
    sql: 'SELECT * FROM BPS_Doctors',
    kind: 'text',
    description: 'every GP: DoctorID, Title, FirstName, Surname, HPII, PrescriberNo, Active',
  },
  {
    sql: 'SELECT * FROM BPS_Appointments WHERE AppointmentDate = @Date',
    kind: 'text',
    description:
      "a day's appointments (practice-local date): AppointmentID, PatientID, DoctorID, AppointmentDate, StartTime, EndTime, Status, Reason",
  },
  {
    sql: 'SELECT * FROM BPS_Appointments WHERE DoctorID = @DoctorID AND AppointmentDate = @Date',
    kind: 'text',
    description: "one GP's appointments on a day",
  },
  {
    sql: 'SELECT * FROM BPS_ClinicalNotes WHERE PatientID = @PatientID',
    kind: 'text',
    description: 'notes saved with dbo.BP_SaveClinicalNote: NoteID, PatientID, Note',
  },
  { sql: 'dbo.BP_GetPatientByID', kind: 'storedProcedure', description: '@PatientID: the patient row' },
  {
    sql: 'dbo.BP_SaveClinicalNote',
    kind: 'storedProcedure',
    description: '@PatientID, @Note (NVarChar), @NoteID OUTPUT: saves a note (nonQuery: 1 row), returns 0',
  },
  {
    sql: 'dbo.BP_AddDocument',
    kind: 'storedProcedure',
    description:
      '@PatientID, @Name (NVarChar), @Content (VarBinary), @DocumentID OUTPUT: stores a document, returns its size in bytes',
  },
];

const identifierOf = (identifiers: readonly Identifier[] | undefined, system: string) =>
  identifiers?.find((i) => i.system === system)?.value ?? null;

const refId = (reference: string | undefined, type: string) =>
  reference?.startsWith(`${type}/`) ? reference.slice(type.length + 1) : null;

function patientRow(patient: Patient): Row {
  const name = patient.name?.[0];
  const sex = { male: 'M', female: 'F', other: 'X', unknown: 'U' }[patient.gender ?? 'unknown'] ?? 'U';
  return {
    PatientID: patient.id ?? null,
    Title: name?.prefix?.[0] ?? null,
    FirstName: name?.given?.[0] ?? null,
    Surname: name?.family ?? null,
    DOB: patient.birthDate === undefined ? null : new Date(`${patient.birthDate}T00:00:00Z`),
    Sex: sex,
    MedicareNo: identifierOf(patient.identifier, AuIdentifierSystem.Medicare),
    IHI: identifierOf(patient.identifier, AuIdentifierSystem.Ihi),
    UsualDoctorID: refId(patient.generalPractitioner?.[0]?.reference, 'Practitioner'),
    Active: patient.active !== false,
  };
}

function doctorRow(practitioner: Practitioner): Row {
  const name = practitioner.name?.[0];
  return {
    DoctorID: practitioner.id ?? null,
    Title: name?.prefix?.[0] ?? null,
    FirstName: name?.given?.[0] ?? null,
    Surname: name?.family ?? null,
    HPII: identifierOf(practitioner.identifier, AuIdentifierSystem.Hpii),
    PrescriberNo: identifierOf(practitioner.identifier, AuIdentifierSystem.PrescriberNumber),
    Active: practitioner.active !== false,
  };
}

function appointmentRow(appointment: Appointment): Row {
  const actor = (type: string) =>
    appointment.participant.map((p) => refId(p.actor?.reference, type)).find((id) => id !== null) ?? null;
  return {
    AppointmentID: appointment.id ?? null,
    PatientID: actor('Patient'),
    DoctorID: actor('Practitioner'),
    // The practice-local date: the start carries the practice's offset.
    AppointmentDate: appointment.start?.slice(0, 10) ?? null,
    StartTime: appointment.start ?? null,
    EndTime: appointment.end ?? null,
    Status: appointment.status,
    Reason: appointment.description ?? null,
  };
}

function parameter(call: SqlCall, name: string): SqlValue | undefined {
  return call.parameters.find((p) => p.name.replace(/^@?/, '@').toLowerCase() === name.toLowerCase())?.value;
}

/** A date parameter as `YYYY-MM-DD` (a Date holds the day at UTC midnight, text is taken as written). */
function dayOf(value: SqlValue | undefined): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
}

const missing = (name: string): SqlHandlerResult => ({
  error: mssqlError(201, `Procedure or function expects parameter '${name}', which was not supplied.`),
});

/** The demo database's handlers for one site, over its resources; notes and documents live in memory. */
export function createDemoHandlers(source: DemoSource): readonly SqlHandler[] {
  const notes: Row[] = [];
  let documents = 0;
  const patients = () => (source.list('Patient') as Patient[]).map(patientRow);
  const patient = (id: SqlValue | undefined) => patients().filter((row) => row.PatientID === String(id));
  const appointments = () => (source.list('Appointment') as Appointment[]).map(appointmentRow);
  const [all, byId, count, doctors, day, doctorDay, notesOf, getPatient, saveNote, addDocument] = demoQueries;
  const text = (query: DemoQuery | undefined) => query!.sql;
  return [
    { match: text(all), result: () => ({ rows: patients() }) },
    { match: text(byId), result: (call) => ({ rows: patient(parameter(call, '@PatientID')) }) },
    { match: text(count), result: () => ({ scalar: patients().length }) },
    {
      match: text(doctors),
      result: () => ({ rows: (source.list('Practitioner') as Practitioner[]).map(doctorRow) }),
    },
    {
      match: text(day),
      result: (call) => ({
        rows: appointments().filter((a) => a.AppointmentDate === dayOf(parameter(call, '@Date'))),
      }),
    },
    {
      match: text(doctorDay),
      result: (call) => ({
        rows: appointments().filter(
          (a) =>
            a.DoctorID === String(parameter(call, '@DoctorID')) &&
            a.AppointmentDate === dayOf(parameter(call, '@Date')),
        ),
      }),
    },
    {
      match: text(notesOf),
      result: (call) => ({
        rows: notes.filter((n) => n.PatientID === String(parameter(call, '@PatientID'))),
      }),
    },
    {
      match: { procedure: text(getPatient) },
      result: (call) => {
        const id = parameter(call, '@PatientID');
        return id === undefined ? missing('@PatientID') : { rows: patient(id), returnValue: 0 };
      },
    },
    {
      match: { procedure: text(saveNote) },
      result: (call) => {
        const id = parameter(call, '@PatientID');
        const note = parameter(call, '@Note');
        if (id === undefined) return missing('@PatientID');
        if (note === undefined) return missing('@Note');
        if (patient(id).length === 0)
          return { error: mssqlError(50000, `Patient ${String(id)} does not exist.`) };
        const row = { NoteID: notes.length + 1, PatientID: String(id), Note: note };
        notes.push(row);
        return { rowsAffected: 1, outputs: { '@NoteID': row.NoteID }, returnValue: 0 };
      },
    },
    {
      match: { procedure: text(addDocument) },
      result: (call) => {
        const id = parameter(call, '@PatientID');
        const content = parameter(call, '@Content');
        if (id === undefined) return missing('@PatientID');
        if (!(content instanceof Uint8Array)) return missing('@Content');
        if (patient(id).length === 0)
          return { error: mssqlError(50000, `Patient ${String(id)} does not exist.`) };
        documents += 1;
        return { rowsAffected: 1, outputs: { '@DocumentID': documents }, returnValue: content.length };
      },
    },
  ];
}
