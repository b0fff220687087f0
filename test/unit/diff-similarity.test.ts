import { describe, expect, it } from 'vitest';
import { nameFeatures, nameSimilarity, TokenWeights } from '../../site/lib/diff/similarity.ts';
import { nameTokens, nameWords, stem, textTokens } from '../../site/lib/diff/tokens.ts';

describe('name tokens', () => {
  it('splits names on underscores, letter case and digits', () => {
    expect(nameWords('dischargeLocation')).toEqual(['discharge', 'location']);
    expect(nameWords('HADM_ID')).toEqual(['hadm', 'id']);
    expect(nameWords('icd10Code')).toEqual(['icd', '10', 'code']);
    expect(nameWords('XMLValue')).toEqual(['xml', 'value']);
  });

  it('stems inflections of one word to one token', () => {
    expect(stem('discharge')).toBe(stem('discharged'));
    expect(stem('events')).toBe('event');
    expect(stem('admitted')).toBe(stem('admit'));
    expect(stem('status')).toBe('status');
    expect(stem('diagnosis')).toBe('diagnosis');
  });

  it('leaves out connecting words unless nothing else remains', () => {
    expect(nameTokens('discharged_to_location')).toEqual(['discharg', 'location']);
    expect(nameTokens('to')).toEqual(['to']);
  });

  it('keeps the distinct content words of a description', () => {
    expect([...textTokens('The time the sample was taken, as charted.')])
      .toEqual(['time', 'sampl', 'taken', 'chart']);
  });
});

describe('nameSimilarity', () => {
  const weights = new TokenWeights((add) => {
    for (const name of ['subject_id', 'hadm_id', 'stay_id', 'charttime', 'value']) add(name);
  });
  const similarity = (a: string, b: string) =>
    nameSimilarity(nameFeatures(a), nameFeatures(b), weights);

  it('scores reordered words as the same name', () => {
    expect(similarity('parent_stay_id', 'stay_parent_id')).toEqual({ score: 1, basis: 'words' });
  });

  it('credits acronyms and respellings', () => {
    expect(similarity('los', 'length_of_stay').basis).toBe('acronym');
    expect(similarity('labevents', 'lab_events')).toEqual({ score: 1, basis: 'spelling' });
  });

  it('gives a word shared by many names little weight', () => {
    expect(similarity('subject_id', 'hadm_id').score).toBeLessThan(0.5);
  });

  it('scores unrelated names 0', () => {
    expect(similarity('charttime', 'storetime')).toEqual({ score: 0, basis: 'none' });
  });
});
