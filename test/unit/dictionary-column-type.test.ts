import { describe, expect, it } from 'vitest';
import { parseColumnType, sameType } from '../../site/lib/dictionary/column-type.ts';

/** The canonical spelling alone, which is what comparisons between versions use. */
const canonical = (written: string): string => parseColumnType(written).canonical;

describe('integer aliases', () => {
  it.each(['int', 'integer', 'int4', 'INT', 'Integer', 'serial'])(
    'reads %s as integer',
    (written) => {
      expect(parseColumnType(written)).toMatchObject({
        base: 'integer',
        params: [],
        canonical: 'integer',
        family: 'integer',
      });
    },
  );

  it('keeps smallint and bigint apart from integer', () => {
    expect(canonical('int2')).toBe('smallint');
    expect(canonical('int8')).toBe('bigint');
    expect(sameType('int2', 'int4')).toBe(false);
    expect(sameType('bigint', 'integer')).toBe(false);
  });

  it('puts every width of integer in the integer family', () => {
    for (const written of ['smallint', 'tinyint', 'bigint', 'bigserial', 'year']) {
      expect(parseColumnType(written).family).toBe('integer');
    }
  });
});

describe('floating-point aliases', () => {
  it.each(['float', 'float8', 'double precision', 'DOUBLE PRECISION', 'double'])(
    'reads %s as double precision',
    (written) => {
      expect(parseColumnType(written)).toMatchObject({
        base: 'double precision',
        canonical: 'double precision',
        family: 'float',
      });
    },
  );

  it('folds runs of spaces inside a multi-word type name', () => {
    expect(canonical('double   precision')).toBe('double precision');
  });

  it('reads float(10) as real, because 24 bits or fewer is single precision', () => {
    expect(parseColumnType('float(10)')).toMatchObject({
      base: 'real',
      params: [],
      canonical: 'real',
      family: 'float',
    });
    expect(sameType('float(10)', 'float4')).toBe(true);
  });

  it('reads float(24) as real and float(25) as double precision', () => {
    expect(canonical('FLOAT(24)')).toBe('real');
    expect(canonical('float(25)')).toBe('double precision');
    expect(canonical('float(53)')).toBe('double precision');
  });

  it('does not treat real and double precision as the same type', () => {
    expect(sameType('real', 'double precision')).toBe(false);
  });
});

describe('boolean aliases', () => {
  it.each(['bool', 'boolean', 'BOOLEAN', 'logical'])('reads %s as boolean', (written) => {
    expect(parseColumnType(written)).toMatchObject({
      base: 'boolean',
      canonical: 'boolean',
      family: 'boolean',
    });
  });
});

describe('character types', () => {
  it('spells character varying(50), varchar(50) and Varchar(50) as one type', () => {
    for (const written of ['character varying(50)', 'varchar(50)', 'Varchar(50)']) {
      expect(parseColumnType(written)).toMatchObject({
        base: 'varchar',
        params: [50],
        canonical: 'varchar(50)',
        family: 'text',
      });
    }
    expect(sameType('character varying(50)', 'Varchar(50)')).toBe(true);
  });

  it('tells lengths apart', () => {
    expect(sameType('varchar(50)', 'varchar(51)')).toBe(false);
    expect(sameType('varchar(50)', 'varchar')).toBe(false);
  });

  it('keeps fixed-width char apart from varchar', () => {
    expect(canonical('character(1)')).toBe('char(1)');
    expect(sameType('char(1)', 'varchar(1)')).toBe(false);
  });

  it('reads string and clob as text', () => {
    expect(canonical('string')).toBe('text');
    expect(canonical('CLOB')).toBe('text');
  });
});

describe('date and time types', () => {
  it('reads timestamp without time zone as timestamp', () => {
    expect(parseColumnType('timestamp without time zone')).toMatchObject({
      base: 'timestamp',
      canonical: 'timestamp',
      family: 'datetime',
    });
    expect(sameType('timestamp without time zone', 'timestamp')).toBe(true);
  });

  it('reads timestamptz as timestamp with time zone', () => {
    expect(canonical('timestamp with time zone')).toBe('timestamptz');
    expect(sameType('timestamptz', 'timestamp with time zone')).toBe(true);
  });

  it('keeps timestamps with and without a time zone apart', () => {
    expect(sameType('timestamp', 'timestamptz')).toBe(false);
    expect(parseColumnType('timestamptz').family).toBe('datetime');
  });

  it('reads a precision written before the time-zone clause', () => {
    expect(parseColumnType('timestamp(3) with time zone')).toMatchObject({
      base: 'timestamptz',
      params: [3],
      canonical: 'timestamptz(3)',
      family: 'datetime',
    });
    expect(sameType('TIMESTAMP(3) WITH TIME ZONE', 'timestamptz(3)')).toBe(true);
    expect(canonical('timestamp(6) without time zone')).toBe('timestamp(6)');
  });

  it('reads time with time zone as timetz, in the time family', () => {
    expect(parseColumnType('time with time zone')).toMatchObject({
      base: 'timetz',
      family: 'time',
    });
    expect(sameType('time without time zone', 'time')).toBe(true);
    expect(sameType('time', 'timetz')).toBe(false);
  });

  it('reads SQL Server datetime2 as timestamp', () => {
    expect(sameType('datetime2', 'timestamp')).toBe(true);
  });
});

describe('type parameters', () => {
  it('drops spaces and case from NUMERIC(3, 2)', () => {
    expect(parseColumnType('NUMERIC(3, 2)')).toMatchObject({
      base: 'numeric',
      params: [3, 2],
      canonical: 'numeric(3,2)',
      family: 'decimal',
    });
    expect(sameType('NUMERIC(3, 2)', 'decimal(3,2)')).toBe(true);
  });

  it('keeps precision and scale in order', () => {
    expect(sameType('numeric(3,2)', 'numeric(2,3)')).toBe(false);
  });

  it('keeps a precision of zero', () => {
    expect(parseColumnType('TIMESTAMP(0)')).toMatchObject({
      base: 'timestamp',
      params: [0],
      canonical: 'timestamp(0)',
    });
    expect(sameType('timestamp(0)', 'timestamp')).toBe(false);
  });

  it('reads varchar(MAX) with the parameter max', () => {
    expect(parseColumnType('varchar(MAX)')).toMatchObject({
      base: 'varchar',
      params: ['max'],
      canonical: 'varchar(max)',
    });
    expect(sameType('nvarchar(max)', 'VARCHAR(MAX)')).toBe(true);
  });

  it('reads spaces inside and before the parentheses', () => {
    expect(canonical('varchar ( 50 )')).toBe('varchar(50)');
  });

  it('keeps parameters that are not numbers, so different types stay different', () => {
    // PostGIS and MySQL put names in parameters; dropping them would make
    // geometry(Point,4326) and geometry(Polygon,4326) one type.
    expect(sameType('geometry(Point,4326)', 'geometry(Polygon,4326)')).toBe(false);
  });
});

describe('families', () => {
  it.each([
    ['numeric(5,2)', 'decimal'],
    ['money', 'decimal'],
    ['real', 'float'],
    ['text', 'text'],
    ['date', 'date'],
    ['interval', 'interval'],
    ['jsonb', 'json'],
    ['uuid', 'uuid'],
    ['bytea', 'binary'],
  ] as const)('puts %s in the %s family', (written, family) => {
    expect(parseColumnType(written).family).toBe(family);
  });
});

describe('raw spelling', () => {
  it('keeps the spelling as written, trimmed, for display', () => {
    expect(parseColumnType('  Varchar(50) ').raw).toBe('Varchar(50)');
    expect(parseColumnType('NUMERIC(3, 2)').raw).toBe('NUMERIC(3, 2)');
  });

  it('keeps quotes in the raw spelling but not in the canonical one', () => {
    const type = parseColumnType('"integer"');
    expect(type.raw).toBe('"integer"');
    expect(type.canonical).toBe('integer');
  });
});

describe('unknown types', () => {
  it('keeps the lower-cased name in the other family', () => {
    expect(parseColumnType('GEOMETRY')).toEqual({
      raw: 'GEOMETRY',
      base: 'geometry',
      params: [],
      canonical: 'geometry',
      family: 'other',
    });
  });

  it('keeps the numeric parameters of an unknown type', () => {
    expect(parseColumnType('vector(384)')).toMatchObject({
      base: 'vector',
      params: [384],
      canonical: 'vector(384)',
      family: 'other',
    });
  });

  it('keeps a name that does not look like a type as it is, lower-cased', () => {
    expect(parseColumnType('USER-DEFINED')).toMatchObject({
      base: 'user-defined',
      params: [],
      family: 'other',
    });
  });

  it('compares unknown types by their lower-cased names', () => {
    expect(sameType('Geometry', 'geometry')).toBe(true);
    expect(sameType('geometry', 'geography')).toBe(false);
  });
});

describe('arrays', () => {
  it('treats text[] as a type of its own in the json family', () => {
    expect(parseColumnType('text[]')).toEqual({
      raw: 'text[]',
      base: 'text[]',
      params: [],
      canonical: 'text[]',
      family: 'json',
    });
  });

  it('does not treat an array as its element type', () => {
    expect(sameType('text[]', 'text')).toBe(false);
  });

  it('folds the case of the element type', () => {
    expect(sameType('TEXT[]', 'text[]')).toBe(true);
  });

  it('normalises the element type, so int[] and integer[] are one type', () => {
    // The module promises that spellings of one type compare equal; arrays of
    // two spellings of integer are still one type.
    expect(sameType('int[]', 'integer[]')).toBe(true);
    expect(sameType('character varying(20)[]', 'varchar(20)[]')).toBe(true);
  });
});

describe('sameType', () => {
  it('is true for two spellings of one type', () => {
    expect(sameType('int', 'INT4')).toBe(true);
    expect(sameType('bool', 'Boolean')).toBe(true);
  });

  it('is false across families', () => {
    expect(sameType('integer', 'numeric')).toBe(false);
    expect(sameType('date', 'timestamp')).toBe(false);
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [
      ['float(10)', 'real'],
      ['timestamp(3) with time zone', 'timestamptz(3)'],
      ['varchar(50)', 'text'],
    ];
    for (const [a, b] of pairs) expect(sameType(a, b)).toBe(sameType(b, a));
  });
});
