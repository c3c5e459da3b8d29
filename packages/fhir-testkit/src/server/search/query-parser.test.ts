import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser.js';

const escapeSearchValue = (s: string) => s.replace(/[\\,|$]/g, (c) => `\\${c}`);
const code = fc.stringMatching(/^[a-z][a-z-]{0,12}$/);

describe('parseQuery', () => {
  it('reads any parameter name, modifier and OR list back as given', () => {
    fc.assert(
      fc.property(
        code,
        fc.option(fc.constantFrom('exact', 'contains', 'not', 'missing', 'Patient'), { nil: undefined }),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }),
        (name, modifier, values) => {
          const key = modifier === undefined ? name : `${name}:${modifier}`;
          const params = new URLSearchParams([[key, values.map(escapeSearchValue).join(',')]]);
          const [criterion] = parseQuery(params).criteria;
          expect(criterion?.code).toBe(name);
          expect(criterion?.modifier).toBe(modifier);
          expect(criterion?.values.map((v) => v.replace(/\\([\\,|$])/g, '$1'))).toEqual(values);
        },
      ),
    );
  });

  it('keeps repeated parameters as separate criteria (AND)', () => {
    const query = parseQuery(new URLSearchParams('date=ge2026-01-01&date=lt2026-02-01'));
    expect(query.criteria.map((c) => c.values)).toEqual([['ge2026-01-01'], ['lt2026-02-01']]);
  });

  it('reads chains, _has, includes, sort and result parameters', () => {
    const query = parseQuery(
      new URLSearchParams(
        'subject:Patient.name:exact=Smith&_has:Condition:patient:code=1&_include:iterate=Patient:general-practitioner' +
          '&_revinclude=Encounter:appointment&_sort=-date,name&_count=5&_summary=count&_total=none&_elements=id,name&_format=json',
      ),
    );
    expect(query.criteria[0]).toMatchObject({
      code: 'subject',
      modifier: 'Patient',
      chain: { code: 'name', modifier: 'exact' },
    });
    expect(query.has[0]).toMatchObject({
      sourceType: 'Condition',
      referenceCode: 'patient',
      criterion: { code: 'code' },
    });
    expect(query.includes[0]).toMatchObject({
      sourceType: 'Patient',
      code: 'general-practitioner',
      iterate: true,
    });
    expect(query.revincludes[0]).toMatchObject({
      sourceType: 'Encounter',
      code: 'appointment',
      iterate: false,
    });
    expect(query.sort).toEqual([
      { key: 'date', descending: true },
      { key: 'name', descending: false },
    ]);
    expect(query).toMatchObject({ count: 5, summary: 'count', total: 'none', elements: ['id', 'name'] });
    expect(query.criteria).toHaveLength(1);
  });

  it('sets aside parameters with no value', () => {
    expect(parseQuery(new URLSearchParams('family=&gender=male')).empty).toEqual(['family']);
  });

  it('says what is malformed', () => {
    expect(() => parseQuery(new URLSearchParams('_include=*'))).toThrowError(/name the source type/);
    expect(() => parseQuery(new URLSearchParams('_include:deep=Patient:link'))).toThrowError(/use :iterate/);
    expect(() => parseQuery(new URLSearchParams('_has:Condition=1'))).toThrowError(
      /_has:SourceType:referenceParam:searchParam/,
    );
    expect(() => parseQuery(new URLSearchParams('name:a:b=1'))).toThrowError(/name or name:modifier/);
    expect(() => parseQuery(new URLSearchParams('_sort=name,'))).toThrowError(/empty key/);
  });
});
