import type { SqlDatabaseDefinition } from '../server/sql/sql-mock-types.js';

/** The rows of `SELECT * FROM ContractPeople`: text beyond ASCII, null, numbers, bit, dates, binary. */
export const contractPeople = [
  {
    PersonID: 1,
    Name: "Zoë O'Brien 😀",
    Born: new Date('1980-02-29T00:00:00Z'),
    Active: true,
    Photo: new Uint8Array([0, 1, 254]),
  },
  { PersonID: 2, Name: 'Ngāti Line\\\nBreak', Born: null, Active: false, Photo: null },
  {
    PersonID: 3,
    Name: '',
    Born: new Date('2001-12-31T23:59:59.500Z'),
    Active: true,
    Photo: new Uint8Array([]),
  },
] as const;

/** The same rows as a client decodes them from `data` (dates ISO, binary base64, bit boolean). */
export const contractPeopleJson = contractPeople.map((row) => ({
  ...row,
  Born: row.Born?.toISOString() ?? null,
  Photo: row.Photo === null ? null : Buffer.from(row.Photo).toString('base64'),
}));

/** Rows of `SELECT * FROM ContractMany`: enough for several async pages. */
export const contractManyRows = 250;

/** The contract's database: people, many rows, a procedure with outputs, and an upload that fails. */
export const contractDatabase: SqlDatabaseDefinition = {
  handlers: [
    { match: 'SELECT * FROM ContractPeople', result: { rows: contractPeople } },
    {
      match: 'SELECT * FROM ContractMany',
      result: { rows: Array.from({ length: contractManyRows }, (_, n) => ({ n, label: `row ${n}` })) },
    },
    { match: 'SELECT COUNT(*) FROM ContractPeople', result: { scalar: contractPeople.length } },
    {
      match: { procedure: 'dbo.Contract_Save' },
      result: (call) => ({
        rowsAffected: 1,
        outputs: { '@NewID': 66, '@Echo': call.parameters.find((p) => p.name === '@Name')?.value ?? null },
        returnValue: 0,
      }),
    },
    { match: 'SELECT * FROM ContractUpload', result: { rows: [] }, async: { fail: 'uploadFailed' } },
  ],
};
