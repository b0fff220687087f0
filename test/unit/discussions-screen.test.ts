import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../site/lib/discussions/finding.ts';
import { screenText, screenThread } from '../../site/lib/discussions/screen.ts';
import { comment, moderation, reply, thread } from '../support/discussion-fixture.ts';

const kinds = (text: string) => screenText(text, 'body').map((f) => f.kind);

describe('the privacy screen finds each kind of identifier', () => {
  const cases: [IdentifierKind, string, string][] = [
    ['patient-name', 'a courtesy title', 'Mrs Ellery Vance was on the ward that night.'],
    ['patient-name', 'a name after "patient"', 'The patient named Corin Ashdown had two stays.'],
    ['patient-name', 'a name after "name:"', 'Name: Tobias Renwick, bed 4.'],
    ['full-date', 'a date of birth', 'Her DOB is 22/07/1961 according to the chart.'],
    ['full-date', 'a written-out admission date of one person',
      'The patient was admitted on 12 March 2023 with sepsis.'],
    ['full-date', 'an ISO discharge date of one person', 'He was discharged 2022-11-30 to rehab.'],
    ['phone', 'a North American number', 'Call the family on (555) 014-2290 tonight.'],
    ['phone', 'an international number', 'Her son is on +44 20 7946 0958.'],
    ['fax', 'a number after "fax"', 'Send the form to fax: 555-014-2291.'],
    ['email', 'an email address', 'Write to jo.marsh@hospital-mail.org for the extract.'],
    ['medical-record-number', 'a number after MRN', 'This is MRN 00418762 in our system.'],
    ['medical-record-number', 'a hospital number', 'hospital number: A1234567'],
    ['account-number', 'an encounter number', 'encounter number 556677881 was billed twice'],
    ['account-number', 'a health plan member id', 'member id: 77812345'],
    ['social-security-number', 'the 3-2-4 shape', 'SSN on file is 123-45-6789.'],
    ['street-address', 'a house number and street', 'She lives at 42 Harbour Lane with her son.'],
    ['street-address', 'a state and ZIP code', 'Moved to Springfield, IL 62704 last year.'],
    ['ip-address', 'an IPv4 address', 'The export came from 10.12.4.77 overnight.'],
    ['ip-address', 'an IPv6 address', 'Logged from fe80::1ff:fe23:4567:890a today.'],
    ['identifying-url', 'an obituary',
      'See https://www.legacy.com/us/obituaries/name/ellery-vance-obituary for context.'],
    ['identifying-url', 'a patient portal query', 'https://portal.example.net/view?mrn=00418762'],
  ];
  it.each(cases)('flags %s: %s', (kind, _what, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('the privacy screen leaves the field\'s own numbers and words alone', () => {
  const safe: [string, string][] = [
    ['lab values and ranges', 'Lactate 4.2 mmol/L, pH 7.35-7.45, potassium 3.5 to 5.1.'],
    ['ICD codes', 'Coded as A419, J9601 and I214; seq_num 1 is the principal diagnosis.'],
    ['item ids and counts', 'item_id 220045 has 188,567,390 rows in chart_events.'],
    ['dates without a person', 'Admissions before 2017-01-01 have no admission_source.'],
    ['a go-live date', 'The pump interface went live on 2019-03-01 at Lakeside.'],
    ['the dataset\'s shifted dates',
      'charted_at 2131-04-18 03:00:00 for stay 30012345; he was admitted 2131-04-17.'],
    ['everyday uses of "account"', 'Take into account 2019-2021 admissions.'],
    ['clinicians by title', 'Dr Okafor and the Patient Safety Committee reviewed it.'],
    ['times of day', 'Between 12:30:45 and 22:00 the rate was 125 mL/h.'],
    ['documentation addresses', 'Use data@example.org or 192.0.2.10 in examples.'],
    ['links to the site and papers',
      'See https://rounds.example.org/datasets/x/2.0/vitals/#value_num and ' +
        'https://doi.org/10.5555/x.'],
    ['a study number', 'stay_id 30012345 and admission_id 20045678 look fine.'],
  ];
  it.each(safe)('does not flag %s', (_what, text) => {
    expect(screenText(text, 'body')).toEqual([]);
  });
});

describe('findings', () => {
  it('mask every identifier in the excerpt and keep the words around it', () => {
    const [finding] = screenText('Ward note: MRN 00418762 shows two stays.', 'title');
    expect(finding).toMatchObject({ kind: 'medical-record-number', where: 'title' });
    expect(finding!.excerpt).toContain('MRN ••••••••');
    expect(finding!.excerpt).not.toContain('00418762');
    expect(finding!.reason).toMatch(/MRN/);
  });

  it('mask a neighbouring identifier that falls inside the excerpt', () => {
    const findings = screenText('Mr Gideon Quillby (DOB 14/03/1958) came in.', 'body');
    expect(findings.map((f) => f.kind).sort()).toEqual(['full-date', 'patient-name']);
    for (const finding of findings) {
      expect(finding.excerpt).not.toMatch(/Quillby|1958/);
    }
  });

  it('name the comment or reply they were found in', () => {
    const answer = comment({ id: 'DC_answer', body: 'Call (555) 014-2290.',
      body_html: '<p>Call (555) 014-2290.</p>' });
    const result = screenThread(thread({ comments: [answer] }), moderation());
    expect(result.findings.map((f) => f.where)).toEqual(['DC_answer']);
  });

  it('report an identifier found in both the Markdown and the HTML once', () => {
    const result = screenThread(thread({ body: 'Email jo@hospital-mail.org please.' }),
      moderation());
    expect(result.findings).toHaveLength(1);
  });

  it('come from the rendered HTML when only it carries the identifier', () => {
    const result = screenThread(thread({
      body: 'See the link.',
      body_html: '<p>See <a href="https://www.facebook.com/ellery.vance">the link</a>.</p>',
    }), moderation());
    expect(result.findings.map((f) => f.kind)).toEqual(['identifying-url']);
  });
});

describe('screening a thread with moderation', () => {
  const flagged = thread({ number: 7, body: 'The MRN 00418762 has two stays.' });

  it('publishes a thread without findings', () => {
    expect(screenThread(thread(), moderation())).toMatchObject({
      publish: true, findings: [], cleared: false, takenDown: false,
    });
  });

  it('holds back a flagged thread that no one cleared', () => {
    const result = screenThread(flagged, moderation());
    expect(result.publish).toBe(false);
    expect(result.findings).toHaveLength(1);
  });

  it('publishes a flagged thread once a moderator clears it', () => {
    const decisions = moderation({
      cleared: [{ thread: 7, reason: 'A lab accession.', by: 'mod' }],
    });
    expect(screenThread(flagged, decisions)).toMatchObject({ publish: true, cleared: true });
  });

  it('never publishes a taken-down thread, even a clean one', () => {
    const decisions = moderation({ takedowns: [{ thread: 1, reason: 'Asked by the author.' }] });
    expect(screenThread(thread(), decisions)).toMatchObject({ publish: false, takenDown: true });
  });

  it('does not publish a thread whose asker opted out, whatever the letter case', () => {
    const decisions = moderation({ opt_outs: [{ login: 'A-Researcher' }] });
    expect(screenThread(thread(), decisions)).toMatchObject({
      publish: false, authorOptedOut: true,
    });
  });

  it('leaves out posts by people who opted out, and does not screen them', () => {
    const theirs = comment({ id: 'DC_theirs', author: { login: 'quiet', association: 'NONE' },
      body: 'Ring me on (555) 014-2290.', body_html: '<p>Ring me on (555) 014-2290.</p>' });
    const decisions = moderation({ opt_outs: [{ login: 'quiet' }] });
    const result = screenThread(thread({ comments: [theirs] }), decisions);
    expect(result).toMatchObject({ publish: true, findings: [], hiddenPosts: ['DC_theirs'] });
  });

  it('leaves out deleted and minimised posts but keeps the visible replies', () => {
    const spam = comment({ id: 'DC_spam', minimized: true, replies: [reply({ id: 'DC_fine' })] });
    const gone = comment({ id: 'DC_gone', deleted: true });
    const result = screenThread(thread({ comments: [spam, gone] }), moderation());
    expect(result.hiddenPosts.sort()).toEqual(['DC_gone', 'DC_spam']);
  });
});
