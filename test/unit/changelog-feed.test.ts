import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { atomFeed, xml, type AtomFeed } from '../../site/lib/changelog/atom.ts';
import {
  changesJson,
  consecutiveDiffs,
  orderedPairs,
} from '../../site/lib/changelog/consecutive.ts';
import { diffHtml } from '../../site/lib/changelog/diff-html.ts';
import { column, table, version } from '../fixtures/diff/build.ts';

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML strictly, with namespaces, failing on anything not well-formed. */
function parseXml(text: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const element: XmlElement = {
      name: node.local,
      uri: node.uri,
      attributes: Object.fromEntries(
        Object.values(node.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.ontext = (chunk) => {
    const current = stack.at(-1);
    if (current) current.text += chunk;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

const child = (element: XmlElement, name: string) =>
  element.children.filter((c) => c.name === name);

const hostile = 'Ward <b>"A"</b> & \'B\' \u0001';
const feed: AtomFeed = {
  id: 'https://example.org/datasets/demo/changes.atom',
  title: `Demo releases: ${hostile}`,
  subtitle: 'Every release.',
  self: 'https://example.org/datasets/demo/changes.atom',
  alternate: 'https://example.org/datasets/demo/changes/?a=1&b=2',
  author: { name: 'Demo & Co' },
  entries: [
    {
      id: 'https://example.org/datasets/demo/changes/2.0/',
      title: 'Demo 2.0',
      link: 'https://example.org/datasets/demo/changes/2.0/',
      updated: '2024-05-01',
      summary: '1 table changed & 1 breaking change.',
      html: `<p>${hostile}</p><code>]]></code>`,
    },
    {
      id: 'https://example.org/datasets/demo/changes/1.0/',
      title: 'Demo 1.0',
      link: 'https://example.org/datasets/demo/changes/1.0/',
      updated: '2023-01-15T08:30:00+02:00',
      summary: 'First release.',
      html: '<p>First release.</p>',
    },
  ],
};

describe('the Atom feed', () => {
  const root = parseXml(atomFeed(feed));

  it('is well-formed XML with a feed in the Atom namespace', () => {
    expect(root.name).toBe('feed');
    expect(root.uri).toBe('http://www.w3.org/2005/Atom');
  });

  it('has the elements RFC 4287 requires of a feed', () => {
    for (const name of ['id', 'title', 'updated', 'author']) {
      expect(child(root, name), name).toHaveLength(1);
    }
    expect(child(root, 'updated')[0]?.text).toBe('2024-05-01T00:00:00Z');
    const rels = child(root, 'link').map((l) => l.attributes.rel);
    expect(rels).toEqual(['self', 'alternate']);
    expect(child(root, 'link')[1]?.attributes.href).toBe(feed.alternate);
  });

  it('gives each entry an id, a title, an updated date, a link, a summary and HTML content', () => {
    const entries = child(root, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'link', 'summary', 'content']) {
        expect(child(entry, name), name).toHaveLength(1);
      }
      expect(child(entry, 'content')[0]?.attributes.type).toBe('html');
    }
    expect(child(entries[1]!, 'updated')[0]?.text).toBe('2023-01-15T08:30:00+02:00');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(child(root, 'title')[0]?.text).toBe('Demo releases: Ward <b>"A"</b> & \'B\' ');
    const content = child(child(root, 'entry')[0]!, 'content')[0]?.text;
    expect(content).toBe('<p>Ward <b>"A"</b> & \'B\' </p><code>]]></code>');
    expect(xml('a\uD800b')).toBe('ab');
  });

  it('refuses an entry date that is not a date', () => {
    const bad = { ...feed, entries: [{ ...feed.entries[0]!, updated: 'May 2024' }] };
    expect(() => atomFeed(bad)).toThrow(
      'atom feed, entry https://example.org/datasets/demo/changes/2.0/: updated `May 2024` ' +
      'is not a date; expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-03-01T09:00:00Z',
    );
  });
});

const releases = [
  version('1.0', [table('stays', [column('stay_id', 'integer'), column('unit', 'text')])]),
  version('1.1', [table('stays', [column('stay_id', 'bigint'), column('unit', 'text')])]),
  version('2.0', [
    table('stays', [column('stay_id', 'bigint')]),
    table('notes', [column('note_id', 'integer', { description: 'A <note> & more' })]),
  ]),
];

describe('changes.json', () => {
  const json = changesJson(consecutiveDiffs(releases));

  it('holds one diff per consecutive pair, oldest first, in the changelog --json shape', () => {
    expect(json.map((d) => [d.from, d.to])).toEqual([['1.0', '1.1'], ['1.1', '2.0']]);
    expect(json[1]).toMatchObject({
      dataset: 'test-data',
      breaking: true,
      tables: { added: ['notes'], removed: [], renamed: [], moved: [] },
      columns: { added: [], removed: [{ table: 'stays', column: 'unit' }], renamed: [] },
    });
    expect(json[0]?.columns.changed).toMatchObject([
      { table: 'stays', column: 'stay_id', field: 'type', from: 'integer', to: 'bigint' },
    ]);
  });

  it('survives a round trip through JSON text', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('the HTML of a diff for feed readers', () => {
  it('links each table, puts breaking tables first and escapes names', () => {
    const [, second] = consecutiveDiffs(releases);
    const html = diffHtml(second!, (t) => `https://example.org/${t.name}?x=1&y=2`);
    expect(html.indexOf('stays')).toBeLessThan(html.indexOf('notes'));
    expect(html).toContain('<a href="https://example.org/stays?x=1&amp;y=2"><code>stays</code>' +
      '</a> (breaking)');
    expect(html).toContain('<li><strong>Breaking:</strong> Column <code>unit</code> removed');
  });
});

describe('pairs of versions', () => {
  it('lists every older-to-newer pair once', () => {
    expect(orderedPairs(['a', 'b', 'c'])).toEqual([
      { from: 'a', to: 'b' }, { from: 'a', to: 'c' }, { from: 'b', to: 'c' },
    ]);
  });
});
