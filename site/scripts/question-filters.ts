// Filters the server-rendered question list. Without JavaScript the form
// stays hidden and the whole list shows; with it, the URL keeps the filters
// so that a filtered list can be linked (the column counts on table pages do).
const form = document.querySelector<HTMLFormElement>('#question-filters');
const counter = document.querySelector<HTMLElement>('#question-count');
const items = [...document.querySelectorAll<HTMLLIElement>('#question-list > li')];
const names = ['dataset', 'table', 'answered', 'role', 'column'] as const;
type Filters = Record<(typeof names)[number], string>;

function field(name: string): HTMLInputElement | HTMLSelectElement | null {
  return form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
}

function matches(item: HTMLLIElement, f: Filters): boolean {
  const words = (key: string) => (item.getAttribute(`data-${key}`) ?? '').split(' ');
  return (!f.dataset || words('dataset').includes(f.dataset)) &&
    (!f.table || words('tables').includes(f.table)) &&
    (!f.column || words('columns').includes(`${f.table}.${f.column}`)) &&
    (!f.answered || item.getAttribute('data-answered') === f.answered) &&
    (!f.role || words('roles').includes(f.role));
}

function apply(): void {
  const filters = Object.fromEntries(names.map((n) => [n, (field(n)?.value ?? '').toLowerCase()]));
  let shown = 0;
  for (const item of items) {
    item.hidden = !matches(item, filters as Filters);
    if (!item.hidden) shown++;
  }
  if (counter) counter.textContent = `Showing ${shown} of ${items.length} questions.`;
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const control = field(name);
    const value = params.get(name)?.toLowerCase();
    if (control && value) control.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset clears the controls after this event; the hidden column field needs clearing too.
  form.addEventListener('reset', () => setTimeout(() => {
    const column = field('column');
    if (column) column.value = '';
    apply();
  }));
  apply();
}
