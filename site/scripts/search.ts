/**
 * The search page. Pagefind's index is fetched only when this page runs, so
 * no other page pays for it. Results from each dataset's newest version come
 * first; older versions follow, since readers mostly want the current docs.
 */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (
    q: string,
    o: { filters: Record<string, string> },
    ms?: number,
  ) => Promise<{ results: Result[] } | null>;
}

const pageSize = 15;
const filterNames = ['dataset', 'version', 'kind'] as const;

export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  // Not form.dataset: a form exposes its controls by name, and one is named "dataset".
  const base = form.getAttribute('data-base') ?? '/';
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  } catch {
    status.textContent = 'The search index could not be loaded. Try again, or browse the datasets.';
    return;
  }
  const available = await pagefind.filters();
  for (const name of filterNames) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    for (const value of Object.keys(available[name] ?? {}).sort(compareValues)) {
      select.add(new Option(value, value));
    }
    select.value = params.get(name) ?? '';
  }

  let shown: Result[] = [];
  const run = async () => {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) filters[name] = value;
    }
    remember(query, filters);
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type a word such as a column name, a unit or a clinical term.';
      return;
    }
    status.textContent = 'Searching…';
    const newest = await pagefind.debouncedSearch(query, {
      filters: { ...filters, release: 'newest' },
    });
    if (newest === null) return; // a newer keystroke superseded this search
    const older = filters.version
      ? { results: [] }
      : await pagefind.debouncedSearch(query, { filters: { ...filters, release: 'older' } }, 0);
    if (older === null) return;
    shown = [...newest.results, ...older.results];
    list.replaceChildren();
    await showMore(query);
  };

  const showMore = async (query: string) => {
    const start = list.querySelectorAll(':scope > li.result').length;
    const slice = shown.slice(start, start + pageSize);
    const data = await Promise.all(slice.map((r) => r.data()));
    list.querySelector('.more')?.remove();
    for (const item of data) list.append(renderResult(item, query));
    const count = shown.length;
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} result${count === 1 ? '' : 's'} for “${query}”, newest version first.`;
    if (start + pageSize < count) {
      const li = document.createElement('li');
      li.className = 'more';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Show more results';
      button.addEventListener('click', () => void showMore(query));
      li.append(button);
      list.append(li);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  if (input.value) await run();
  else input.focus();
}

function remember(query: string, filters: Record<string, string>): void {
  const params = new URLSearchParams(query ? { q: query, ...filters } : filters);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

// Versions sort newest first when they are dotted numbers; other values by name.
function compareValues(a: string, b: string): number {
  const numeric = /^v?\d+(\.\d+)*$/;
  if (numeric.test(a) && numeric.test(b)) return b.localeCompare(a, 'en', { numeric: true });
  return a.localeCompare(b);
}

function renderResult(item: ResultData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const heading = document.createElement('h2');
  heading.className = 'h3';
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  heading.append(link);
  const context = [item.filters.kind?.[0], item.filters.dataset?.[0], item.filters.version?.[0]]
    .filter(Boolean)
    .join(' · ');
  const where = document.createElement('p');
  where.className = 'badge';
  where.textContent = context;
  li.append(heading, where);
  // Column headings become sub-results that deep-link to #column anchors.
  const folded = query.toLowerCase();
  const subs = item.sub_results
    .filter((s) => s.url !== item.url)
    .sort(
      (a, b) => Number(b.title.toLowerCase() === folded) - Number(a.title.toLowerCase() === folded),
    )
    .slice(0, 4);
  if (subs.length === 0) li.append(excerpt(item.excerpt));
  else {
    const ul = document.createElement('ul');
    for (const sub of subs) {
      const subLi = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      subLi.append(a, excerpt(sub.excerpt));
      ul.append(subLi);
    }
    li.append(ul);
  }
  return li;
}

// Pagefind escapes page text and adds <mark> around hits; allow nothing else.
function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html.replace(/<(?!\/?mark>)/g, '&lt;');
  return p;
}
