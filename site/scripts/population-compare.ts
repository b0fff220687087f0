// "Compare with my population": the dataset card's client-side tool. The
// maths is the same code the build uses (site/lib/representation), bundled
// by Vite; the state lives in the query string so a comparison can be shared.
import { compareShares, groupsBelow } from '../lib/representation/compare.ts';
import type { CompareData, ComparePopulation } from '../lib/representation/compare-data.ts';
import {
  defaultBelow,
  ownPopulation,
  readState,
  writeState,
  type CompareState,
} from '../lib/representation/compare-state.ts';
import { formatRatio } from '../lib/representation/format.ts';
import { countedLabels } from '../lib/representation/labels.ts';
import { formatSharesText, parseShares } from '../lib/representation/parse-shares.ts';
import {
  knownShares,
  unknownShare,
  type PublishedAttribute,
} from '../lib/representation/published.ts';
import { sharesFromPercentages } from '../lib/representation/shares.ts';
import { attributeSection, type AttributeResult } from './compare-render.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const source = document.getElementById('compare-data');
if (form && source) start(form, JSON.parse(source.textContent ?? '{}') as CompareData);

function start(form: HTMLFormElement, data: CompareData): void {
  const choice = form.querySelector<HTMLSelectElement>('#compare-population-choice')!;
  const below = form.querySelector<HTMLInputElement>('#compare-below')!;
  const own = form.querySelector<HTMLFieldSetElement>('#compare-own')!;
  const link = form.querySelector<HTMLAnchorElement>('#compare-link')!;
  const about = document.getElementById('compare-source')!;
  const areas = [...form.querySelectorAll<HTMLTextAreaElement>('textarea[data-attribute]')];
  const byId = new Map(data.populations.map((p) => [p.id, p]));

  const restored = readState(location.search, {
    populations: data.populations.map((p) => p.id),
    attributes: data.attributes.map((a) => a.attribute),
  });
  choice.value = restored.population;
  below.value = String(restored.below);
  for (const area of areas) area.value = restored.own[area.dataset['attribute']!] ?? '';
  let previous = byId.get(restored.population);
  form.hidden = false;

  const update = () => {
    const state = current();
    own.hidden = state.population !== ownPopulation;
    const query = writeState(state);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    link.href = new URL(`${location.pathname}${query}#compare-population`, location.href).href;
    const population = byId.get(state.population);
    about.textContent = population
      ? [population.note, population.url && `Source: ${population.url}`]
        .filter(Boolean).join(' ')
      : '';
    render(data, state, population);
  };
  const current = (): CompareState => {
    const threshold = Number(below.value);
    return {
      population: choice.value,
      below: Number.isFinite(threshold) && threshold > 0 && threshold <= 10
        ? threshold
        : defaultBelow,
      own: Object.fromEntries(areas.map((a) => [a.dataset['attribute']!, a.value])),
    };
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  choice.addEventListener('change', () => {
    // Switching to one's own figures starts from the population shown before,
    // so a reader adjusts numbers instead of typing every group.
    if (choice.value === ownPopulation && previous && areas.every((a) => !a.value.trim())) {
      for (const area of areas) {
        const given = previous.attributes.find((a) => a.attribute === area.dataset['attribute']);
        if (given) {
          area.value = formatSharesText(
            given.categories.map((c) => ({ category: c.name, percent: c.share })));
        }
      }
    }
    previous = byId.get(choice.value) ?? previous;
    update();
  });
  below.addEventListener('input', update);
  for (const area of areas) area.addEventListener('input', update);
  update();
}

function render(data: CompareData, state: CompareState, population?: ComparePopulation): void {
  const results = document.getElementById('compare-results')!;
  const summary = document.getElementById('compare-summary')!;
  const threshold = data.attributes[0]?.threshold ?? 0;
  const computed = data.attributes.map((a) => resultFor(a, state, population));
  results.replaceChildren(...computed.map((result, i) => attributeSection(result, {
    below: state.below,
    counted: countedLabels[data.attributes[i]!.counted].many,
    threshold,
  })));
  const compared = computed.filter((r) => r.comparison);
  const name = population ? `${population.title} (${population.year})` : 'your figures';
  if (compared.length === 0) {
    summary.textContent = population
      ? `${name} gives no figures for the attributes of this version.`
      : 'Type or paste your population\u2019s shares for at least one attribute.';
    return;
  }
  const low = compared.flatMap((r) => groupsBelow(r.comparison!, state.below)
    .map((g) => `${g.category} (${r.title}, ${formatRatio(g.ratio)})`));
  summary.textContent = `Compared with ${name}: ` + (low.length === 0
    ? `no group has a ratio below ${state.below}.`
    : `${low.length} ${low.length === 1 ? 'group has' : 'groups have'} a ratio below ` +
      `${state.below}: ${low.join('; ')}.`);
}

function resultFor(
  attribute: PublishedAttribute,
  state: CompareState,
  population?: ComparePopulation,
): AttributeResult {
  const base = {
    attribute: attribute.attribute,
    title: attribute.title,
    unknownShare: unknownShare(attribute).share,
  };
  let percentages: { category: string; percent: number }[] = [];
  let problems: string[] = [];
  if (population) {
    const given = population.attributes.find((a) => a.attribute === attribute.attribute);
    percentages = given?.categories.map((c) => ({ category: c.name, percent: c.share })) ?? [];
  } else {
    ({ shares: percentages, problems } = parseShares(state.own[attribute.attribute] ?? ''));
  }
  if (percentages.length === 0) return { ...base, comparison: undefined, problems };
  const comparison = compareShares(knownShares(attribute), sharesFromPercentages(percentages));
  return { ...base, comparison, problems };
}
