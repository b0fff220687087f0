// Builds the result tables of the "compare with my population" tool. Every
// text goes in through textContent, so pasted group names stay text.
import type { AttributeComparison, GroupComparison } from '../lib/representation/compare.ts';
import {
  formatDistance,
  formatGap,
  formatRatio,
  formatShare,
} from '../lib/representation/format.ts';

export interface AttributeResult {
  attribute: string;
  title: string;
  /** Undefined when the reference gives no figures for the attribute. */
  comparison: AttributeComparison | undefined;
  /** Share of this version with no recorded value. */
  unknownShare: number;
  /** What the reader typed that could not be used. */
  problems: string[];
}

/** One attribute's section: distance, cautions and a table of groups. */
export function attributeSection(
  result: AttributeResult,
  options: { below: number; counted: string; threshold: number },
) {
  const { below, counted, threshold } = options;
  const section = element('section', { class: 'compare-attribute' });
  section.dataset['attribute'] = result.attribute;
  const headingId = `compare-${result.attribute.replaceAll('_', '-')}`;
  section.setAttribute('aria-labelledby', headingId);
  section.append(element('h3', { id: headingId }, result.title));
  for (const problem of result.problems) {
    section.append(element('p', { class: 'compare-problem' }, problem));
  }
  const { comparison } = result;
  if (!comparison) {
    section.append(element('p', {}, 'No figures to compare for this attribute.'));
    return section;
  }
  section.append(element('p', { class: 'compare-distance' },
    `Distance between the two mixes: ${formatDistance(comparison.tvd)} of people.`));
  const { dataset, reference } = comparison.unmatched;
  if (dataset > 0 || reference > 0) {
    section.append(element('p', { class: 'figure-note' },
      `Groups only one side lists are set aside: ${formatShare(dataset)} of this version ` +
      `and ${formatShare(reference)} of the population. The rest are rescaled to 100%.`));
  }
  if (result.unknownShare >= 0.05) {
    section.append(element('p', { class: 'figure-note' },
      `${formatShare(result.unknownShare)} of ${counted} have no recorded value; ` +
      'the shares are of the rest, who may differ from them.'));
  }
  const scroll = element('div', { class: 'table-scroll' });
  scroll.append(groupTable(comparison.groups, below, result.title));
  section.append(scroll);
  if (comparison.groups.some((g) => g.estimated)) {
    section.append(element('p', { class: 'figure-note' },
      `≈ rests on a count below ${threshold}, hidden on this site and estimated ` +
      'from the total.'));
  }
  return section;
}

function groupTable(groups: GroupComparison[], below: number, title: string) {
  const table = element('table', { class: 'compare-table' });
  table.append(element('caption', { class: 'visually-hidden' },
    `${title}: this version compared with the population`));
  const head = element('tr');
  for (const label of ['Group', 'This version', 'Population', 'Ratio', 'Gap (points)']) {
    head.append(element('th', { scope: 'col' }, label));
  }
  table.appendChild(element('thead')).append(head);
  const body = table.appendChild(element('tbody'));
  for (const group of groups) {
    const flagged = group.ratio !== undefined && group.ratio < below;
    const row = element('tr', flagged ? { class: 'below' } : {});
    row.append(element('th', { scope: 'row' }, group.category));
    const estimate = group.estimated ? '≈' : '';
    row.append(element('td', {}, group.datasetShare === undefined
      ? 'not listed' : `${estimate}${formatShare(group.datasetShare)}`));
    row.append(element('td', {}, group.referenceShare === undefined
      ? 'not listed' : formatShare(group.referenceShare)));
    const ratio = group.ratio === undefined && group.gap === undefined
      ? '—'
      : `${estimate}${formatRatio(group.ratio)}${flagged ? ` (below ${below})` : ''}`;
    row.append(element('td', {}, ratio));
    row.append(element('td', {}, group.gap === undefined ? '—' : formatGap(group.gap)));
    body.append(row);
  }
  return table;
}

/** A new element with attributes and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
