import { Document, isNode } from 'yaml';

/**
 * A dataset.yaml for a dataset that content does not have yet. Every field
 * the schema requires is filled so that the site builds at once; text fields
 * say TODO, and the choices among fixed options carry a comment, since any
 * choice made here is a guess an editor must confirm.
 */
export function datasetPlaceholder(dataset: string): string {
  const doc = new Document({
    title: `TODO: the full title of ${dataset}, as cited`,
    summary: 'TODO: one or two sentences on what the dataset holds and who it is for.',
    creators: [{ name: 'TODO: a person or organisation to credit' }],
    publisher: 'TODO: the organisation that releases the data',
    licence: {
      name: 'TODO: the licence name',
      // The schema wants an address; this one is obviously not a real licence.
      url: 'https://example.org/TODO-licence',
    },
    // The most closed tier, so that a dataset is never opened by accident.
    access: { tier: 'restricted' },
    consent: {
      model: 'waiver',
      ethics_approval: 'TODO: the ethics board and the reference of its approval',
    },
    deidentification: { method: 'safe-harbor' },
  });
  doc.commentBefore =
    ' Written by `npm run dictionary -- import` because the dataset was new.\n' +
    ' Replace every TODO, and check the three choices marked below.';
  const mark = (path: string[], note: string) => {
    const node = doc.getIn(path, true);
    if (isNode(node)) node.comment = ` ${note}`;
  };
  mark(['access', 'tier'], 'TODO: open, registered, credentialed or restricted');
  mark(['consent', 'model'], 'TODO: opt-in, opt-out, waiver or broad');
  mark(['deidentification', 'method'],
    'TODO: safe-harbor, expert-determination, anonymisation or pseudonymisation');
  return doc.toString();
}
