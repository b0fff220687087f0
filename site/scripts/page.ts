// Small enhancements shared by every page; the site works without them.

// "/" focuses the search box, as on most documentation sites.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable]');
  if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const box = document.querySelector<HTMLInputElement>('#site-search, #search-query');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

// Every column heading is a link to its own anchor. With JS, each column also
// gets a "Copy link" control (its words come from CSS) that copies the full URL;
// made here rather than in the HTML, it costs table pages nothing per column.
for (const heading of document.querySelectorAll<HTMLElement>('.column-head > h3[id]')) {
  const link = document.createElement('a');
  link.className = 'copy-link';
  link.href = `#${heading.id}`;
  link.setAttribute('aria-label', `Copy link to column ${heading.id}`);
  heading.parentElement?.append(link);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a.copy-link');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  history.replaceState(null, '', url);
  const status = document.querySelector('#copy-status');
  try {
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = `Link copied: ${url}`;
  } catch {
    if (status) status.textContent = `Copy this link: ${url}`;
  }
});
