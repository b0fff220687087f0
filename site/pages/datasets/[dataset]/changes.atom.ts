import type { APIRoute } from 'astro';
import { diffInto } from '../../../data/changes.ts';
import { href, paths } from '../../../data/links.ts';
import { datasetRoutes } from '../../../data/routes.ts';
import { atomFeed, type AtomEntry } from '../../../lib/changelog/atom.ts';
import { escapeHtml } from '../../../lib/changelog/code-text.ts';
import { diffHtml } from '../../../lib/changelog/diff-html.ts';
import type { Dataset, Version } from '../../../lib/dictionary/model.ts';
import { count, headline } from '../../../lib/diff/describe.ts';

export const getStaticPaths = datasetRoutes;

/**
 * One entry per version, newest first: its computed changes from the version before.
 * TODO(feed-notes): entries leave out the authored release notes; rendering MDX
 * outside a page needs Astro's container API, still experimental.
 */
export const GET: APIRoute<{ dataset: Dataset }> = ({ props, site }) => {
  const { dataset } = props;
  const absolute = (path: string) => new URL(href(path), site).href;
  const entry = (version: Version): AtomEntry => {
    const diff = diffInto(dataset, version);
    const columns = version.tables.reduce((n, t) => n + t.columns.length, 0);
    const first = `First release: ${count(version.tables.length, 'table')}, ` +
      `${count(columns, 'column')}.`;
    const lede = version.entry.summary ? `<p>${escapeHtml(version.entry.summary)}</p>\n` : '';
    return {
      id: absolute(paths.whatsNew(dataset.id, version.id)),
      title: `${dataset.name} ${version.id}`,
      link: absolute(paths.whatsNew(dataset.id, version.id)),
      updated: version.entry.released,
      summary: diff ? headline(diff.summary) : first,
      html: lede + (diff
        ? diffHtml(diff, (t) => absolute(t.status === 'removed'
          ? paths.table(dataset.id, diff.from, t.before?.name ?? t.name)
          : paths.table(dataset.id, version.id, t.name)))
        : `<p>${escapeHtml(first)}</p>`),
    };
  };
  const xml = atomFeed({
    id: absolute(paths.changesFeed(dataset.id)),
    title: `${dataset.name} releases`,
    subtitle: `New versions of ${dataset.entry.title} and what changed in each.`,
    self: absolute(paths.changesFeed(dataset.id)),
    alternate: absolute(paths.changes(dataset.id)),
    author: { name: dataset.entry.publisher },
    entries: [...dataset.versions].reverse().map(entry),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml' } });
};
