// The compare picker is a plain form that lands on the list of every pair;
// with JS, submitting goes straight to the pair's page. Changing a select
// does not navigate: arrow keys change it, and the reader is still choosing.

const separator = '...';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare]')) {
  form.addEventListener('submit', (event) => {
    const from = form.querySelector<HTMLSelectElement>('select[name="from"]');
    const to = form.querySelector<HTMLSelectElement>('select[name="to"]');
    const status = form.querySelector('.compare-status');
    if (!from || !to) return;
    event.preventDefault();
    if (from.value === to.value) {
      if (status) status.textContent = 'Choose two different versions to compare.';
      return;
    }
    const position = (select: HTMLSelectElement) =>
      Number(select.selectedOptions[0]?.dataset.position ?? select.selectedIndex);
    // Pages exist for older → newer only; a pair chosen the other way round is swapped.
    const [older, newer] = position(from) < position(to) ? [from, to] : [to, from];
    const pair = `${encodeURIComponent(older.value)}${separator}${encodeURIComponent(newer.value)}`;
    location.assign(`${form.dataset.compare}${pair}/`);
  });
}
