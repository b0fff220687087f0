import { describe, expect, it } from 'vitest';
import { parseColumnType } from '../../site/lib/dictionary/column-type.ts';
import { compareTypes } from '../../site/lib/diff/compare-types.ts';
import { column, columnNamed, diffTable, table } from '../fixtures/diff/build.ts';

const compare = (a: string, b: string) => compareTypes(parseColumnType(a), parseColumnType(b));

describe('compareTypes', () => {
  it.each([
    ['Varchar(50)', 'varchar(50)'],
    ['INT4', 'integer'],
    ['int', 'INTEGER'],
    ['character varying(20)', 'varchar(20)'],
    ['NUMERIC(5, 2)', 'decimal(5,2)'],
    ['timestamp', 'timestamp(6)'],
    ['varchar', 'text'],
  ])('treats %s and %s as the same type', (a, b) => {
    expect(compare(a, b)).toBe('same');
  });

  it.each([
    ['varchar(50)', 'varchar(255)'],
    ['smallint', 'integer'],
    ['integer', 'bigint'],
    ['numeric(5,2)', 'numeric(7,2)'],
    ['numeric(5,2)', 'numeric(6,3)'],
    ['numeric(12,4)', 'numeric'],
    ['real', 'double precision'],
    ['char(1)', 'varchar(10)'],
    ['varchar(4000)', 'text'],
    ['timestamp(0)', 'timestamp(3)'],
  ])('finds %s to %s a widening', (a, b) => {
    expect(compare(a, b)).toBe('widened');
  });

  it.each([
    ['varchar(255)', 'varchar(50)'],
    ['bigint', 'int'],
    ['numeric(7,2)', 'numeric(5,2)'],
    ['text', 'varchar(100)'],
  ])('finds %s to %s a narrowing', (a, b) => {
    expect(compare(a, b)).toBe('narrowed');
  });

  it.each([
    ['varchar(50)', 'integer'],
    ['integer', 'numeric(10,0)'],
    ['timestamp', 'timestamptz'],
    ['numeric(5,2)', 'numeric(6,1)'],
    ['char(10)', 'varchar(10)'],
    ['date', 'timestamp'],
  ])('finds %s to %s neither wider nor narrower', (a, b) => {
    expect(compare(a, b)).toBe('changed');
  });
});

describe('type changes in a diff', () => {
  const diffType = (a: string, b: string) =>
    diffTable(table('t', [column('c', a)]), table('t', [column('c', b)]));

  it('reports nothing for case-only and alias-only differences', () => {
    expect(diffType('Varchar(50)', 'varchar(50)').tables).toEqual([]);
    expect(diffType('INT8', 'bigint').tables).toEqual([]);
  });

  it('reports a widening as not breaking', () => {
    expect(columnNamed(diffType('int', 'bigint'), 't', 'c').changes).toEqual([{
      field: 'type',
      from: 'integer',
      to: 'bigint',
      kind: 'widened',
      breaking: false,
      reason: 'wider type: every old value still fits',
    }]);
  });

  it('reports a narrowing as breaking', () => {
    const [change] = columnNamed(diffType('numeric(7,2)', 'numeric(5,2)'), 't', 'c').changes;
    expect(change).toMatchObject({ kind: 'narrowed', breaking: true });
  });

  it('reports a change of type family as breaking and names both families', () => {
    const [change] = columnNamed(diffType('varchar(10)', 'integer'), 't', 'c').changes;
    expect(change).toMatchObject({ kind: 'changed', breaking: true });
    expect(change?.reason).toContain('from text to integer');
  });
});
