import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '../../site/lib/discussions/sanitize.ts';

const address = { siteUrl: 'https://rounds.example.org/rounds/', base: '/rounds/' };
const clean = (html: string) => sanitizeBody(html, address);

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}

const allowed: Record<string, string[]> = {
  p: [], br: [], hr: [], h4: [], h5: [], h6: [], blockquote: [], ul: [], ol: ['start'], li: [],
  pre: [], code: [], em: [], strong: [], b: [], i: [], del: [], s: [], sup: [], sub: [], kbd: [],
  a: ['href', 'rel'], table: [], thead: [], tbody: [], tr: [], th: [], td: [], details: [],
  summary: [], img: ['alt'],
};

/**
 * What a browser makes of the output (parse5 follows the HTML standard), so
 * a payload that only turns dangerous when re-parsed is caught too.
 */
function problems(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (!node.nodeName.startsWith('#')) {
      const permitted = allowed[node.nodeName];
      if (!permitted) found.push(`<${node.nodeName}>`);
      for (const { name, value } of node.attrs ?? []) {
        if (!permitted?.includes(name)) found.push(`${node.nodeName}[${name}]`);
        const safe = /^(https?:\/\/|\/rounds\/)/.test(value);
        if (name === 'href' && !safe) found.push(`href=${value}`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

// Payloads in the shapes attackers use; each must lose everything that runs
// or styles, and keep the words a reader should see.
const corpus: [string, string, string | undefined][] = [
  ['a script element', '<p>before</p><script>window.__xss=1</script><p>after</p>', 'after'],
  ['an event handler', '<p onclick="window.__xss=1">tap here</p>', 'tap here'],
  ['an image with onerror', '<img src=x onerror="window.__xss=1">', undefined],
  ['a javascript: link', '<a href="javascript:window.__xss=1">docs</a>', 'docs'],
  ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">docs</a>', 'docs'],
  ['a javascript: link with a tab', '<a href="jav&#x09;ascript:alert(1)">docs</a>', 'docs'],
  ['a data: link', '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">d</a>', 'd'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">v</a>', 'v'],
  ['an iframe', '<iframe src="javascript:alert(1)"></iframe><p>still here</p>', 'still here'],
  ['an iframe with srcdoc', '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    undefined],
  ['SVG with onload', '<svg onload="window.__xss=1"><circle r="4"/></svg><p>text</p>', 'text'],
  ['SVG with a script', '<svg><script>window.__xss=1</script></svg>', undefined],
  ['an SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', undefined],
  ['MathML confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    undefined],
  ['a noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    undefined],
  ['a style element', '<style>body{display:none}</style><p>visible</p>', 'visible'],
  ['a style attribute', '<p style="position:fixed;inset:0">covering</p>', 'covering'],
  ['a form', '<form action="javascript:alert(1)"><input autofocus onfocus="alert(1)">' +
    '<button>Send</button></form>', 'Send'],
  ['details with ontoggle', '<details open ontoggle="alert(1)"><summary>more</summary></details>',
    'more'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>m</p>',
    'm'],
  ['a base element', '<base href="https://evil.example/"><a href="/x">x</a>', 'x'],
  ['object and embed', '<object data="javascript:alert(1)"></object><embed src="x.swf">',
    undefined],
  ['media handlers', '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
    undefined],
  ['a template', '<template><img src=x onerror=alert(1)></template><p>t</p>', 't'],
  ['ids and names that clobber the DOM', '<p id="main-content" name="search">clobber</p>',
    'clobber'],
  ['an unclosed attribute', '<p title="x><img src=x onerror=alert(1)>">ok</p>', 'ok'],
];

describe('the sanitiser', () => {
  it.each(corpus)('neutralises %s', (_what, payload, text) => {
    const output = clean(payload);
    expect(problems(output)).toEqual([]);
    expect(output).not.toMatch(/<script|javascript:|onerror|onload|srcdoc|style=/i);
    if (text) expect(output).toContain(text);
  });

  it('keeps the Markdown GitHub renders', () => {
    const html = '<h2>Notes</h2><p><strong>Bold</strong> and <code>value_num</code></p>' +
      '<ol start="3"><li>one</li></ol><table><tr><td>cell</td></tr></table>' +
      '<blockquote><p>quoted</p></blockquote><pre><code>SELECT 1</code></pre>';
    const output = clean(html);
    expect(output).toContain('<strong>Bold</strong>');
    expect(output).toContain('<code>value_num</code>');
    expect(output).toContain('<ol start="3">');
    expect(output).toContain('<td>cell</td>');
    expect(output).toContain('<pre><code>SELECT 1</code></pre>');
  });

  it('demotes headings below the page\'s own', () => {
    expect(clean('<h1>One</h1><h2>Two</h2><h3>Three</h3>'))
      .toBe('<h4>One</h4><h5>Two</h5><h6>Three</h6>');
  });

  it('gives external links rel="nofollow ugc noopener" and drops their other attributes', () => {
    expect(clean('<a href="https://example.org/a?b=1&c=2" target="_blank" rel="opener">x</a>'))
      .toBe('<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">x</a>');
  });

  it('turns links to the site into site links under its base path', () => {
    expect(clean('<a href="https://rounds.example.org/rounds/datasets/x/2.0/t/#c">c</a>'))
      .toBe('<a href="/rounds/datasets/x/2.0/t/#c">c</a>');
  });

  it('resolves GitHub\'s relative links against github.com', () => {
    expect(clean('<a href="/example/rounds/issues/3">#3</a>'))
      .toBe('<a href="https://github.com/example/rounds/issues/3" ' +
        'rel="nofollow ugc noopener">#3</a>');
  });

  it('drops links to fragments, whose targets GitHub made and the page does not have', () => {
    expect(clean('<a href="#user-content-notes">notes</a>')).toBe('<a>notes</a>');
  });

  it('shows an image as its alt text without loading it', () => {
    expect(clean('<p>see <img src="https://tracker.example/p.gif" alt="the chart"> here</p>'))
      .toBe('<p>see <img alt="image: the chart" /> here</p>');
  });

  it('gives the same result when run twice', () => {
    for (const [, payload] of corpus) {
      const once = clean(payload);
      expect(clean(once)).toBe(once);
    }
  });
});
