// With JavaScript, each column on a table page gets an "Ask" link opening a
// discussion about that column, made from the table's own prefilled link.
// Without it, readers use the table's "Ask about this table" link: a full
// address per column in the HTML would cost every table page kilobytes.
const tableLink = document.querySelector<HTMLAnchorElement>('#ask-table');
const table = tableLink?.dataset.table;
if (tableLink && table) {
  const context = tableLink.dataset.context ?? '';
  const template = new URL(tableLink.href);
  const permalink = template.searchParams.get('body') ?? '';
  for (const heading of document.querySelectorAll<HTMLElement>('.column-head > h3[id]')) {
    const column = heading.id;
    const url = new URL(template);
    url.searchParams.set('title', `${table}.${column} (${context}): `);
    url.searchParams.set('body', `${permalink}#${column}`);
    const link = document.createElement('a');
    link.className = 'ask';
    link.href = url.href;
    link.setAttribute('aria-label', `Ask about ${column}`);
    heading.parentElement?.append(link);
  }
}
