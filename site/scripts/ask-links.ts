// "Ask" links on a table page jump to the table's questions, whose link
// opens a new discussion about the table. With JavaScript each one opens a
// discussion about its own column instead: the full address per column
// would cost every table page a few kilobytes.
const tableLink = document.querySelector<HTMLAnchorElement>('#ask-table');
const table = tableLink?.dataset.table;
if (tableLink && table) {
  const context = tableLink.dataset.context ?? '';
  const template = new URL(tableLink.href);
  const permalink = template.searchParams.get('body') ?? '';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.ask')) {
    const column = link.closest('.column')?.querySelector('h3[id]')?.id;
    if (!column) continue;
    const url = new URL(template);
    url.searchParams.set('title', `${table}.${column} (${context}): `);
    url.searchParams.set('body', `${permalink}#${column}`);
    link.href = url.href;
  }
}
