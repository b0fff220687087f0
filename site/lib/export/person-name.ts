/** A creator's name split the way citation formats want it. */
export type CitedName =
  | { kind: 'person'; family: string; given: string }
  | { kind: 'entity'; name: string };

/**
 * Splits a creator's name for CITATION.cff, BibTeX and RIS, which want
 * family and given names apart. Content keeps one `name`, so for a person
 * the last word is taken as the family name; an organisation, or a name of
 * one word, stays whole.
 *
 * TODO(creator-names): names such as "Ludwig van Beethoven" or names written
 * family name first split wrongly; add optional `family_names` and
 * `given_names` to creators when a dataset needs them.
 */
export function citedName(creator: { name: string; organisation?: boolean }): CitedName {
  const name = creator.name.trim().replace(/\s+/g, ' ');
  const cut = name.lastIndexOf(' ');
  if (creator.organisation || cut < 0) return { kind: 'entity', name };
  return { kind: 'person', family: name.slice(cut + 1), given: name.slice(0, cut) };
}
