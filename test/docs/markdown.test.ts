// Unit tests of the guide's Markdown converter, one construct at a time.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { linkRewriter } from '../../scripts/docs/links.ts'
import { markdownToHtml } from '../../scripts/docs/markdown.ts'

const toHtml = (markdown: string): string => markdownToHtml(markdown).html.trim()

test('gives headings the ids GitHub gives them, numbering repeats', () => {
  const { html, title } = markdownToHtml('# 1. Architecture\n\n## Accept, as RFC 9110 §12.5.1 reads it\n\n## `errorMessage` in schemas\n\n## Proof\n\n## Proof\n')
  assert.equal(title, '1. Architecture')
  assert.match(html, /<h1 id="1-architecture">1\. Architecture<\/h1>/)
  assert.match(html, /<h2 id="accept-as-rfc-9110-1251-reads-it">/)
  assert.match(html, /<h2 id="errormessage-in-schemas"><code>errorMessage<\/code> in schemas<\/h2>/)
  assert.match(html, /<h2 id="proof">Proof<\/h2>\n<h2 id="proof-1">Proof<\/h2>/)
})

test('joins the lines of a paragraph and separates paragraphs at blank lines', () => {
  assert.equal(toHtml('one\ntwo\n\nthree'), '<p>one\ntwo</p>\n<p>three</p>')
})

test('escapes HTML everywhere: text, code spans and code blocks', () => {
  assert.equal(toHtml('a <b> & "c"'), '<p>a &lt;b&gt; &amp; &quot;c&quot;</p>')
  assert.equal(toHtml('`<script>`'), '<p><code>&lt;script&gt;</code></p>')
  assert.equal(toHtml('```html\n<p>&amp;</p>\n```'), '<pre><code class="language-html">&lt;p&gt;&amp;amp;&lt;/p&gt;\n</code></pre>')
})

test('keeps code spans literal, including stars, brackets and longer backtick runs', () => {
  assert.equal(toHtml('`*/*` and `[a](b)`'), '<p><code>*/*</code> and <code>[a](b)</code></p>')
  assert.equal(toHtml('`` a ` b ``'), '<p><code>a ` b</code></p>')
})

test('reads emphasis and strong, but not underscores inside words', () => {
  assert.equal(toHtml('*one* **two** _three_ snake_case_name'), '<p><em>one</em> <strong>two</strong> <em>three</em> snake_case_name</p>')
  assert.equal(toHtml('a * b * c'), '<p>a * b * c</p>')
  assert.equal(toHtml('\\*not\\*'), '<p>*not*</p>')
})

test('makes links, with code inside the text and the target passed through the rewriter', () => {
  const { html } = markdownToHtml('[`app.ts`](../src/app.ts) and [out](https://fastify.dev)', href => href.replace('../', '/'))
  assert.equal(html.trim(), '<p><a href="/src/app.ts"><code>app.ts</code></a> and <a href="https://fastify.dev">out</a></p>')
})

test('makes images from the guide\'s own files', () => {
  assert.equal(toHtml('![A chart](images/bench.svg)'), '<p><img src="images/bench.svg" alt="A chart"></p>')
})

test('reads tight bullet lists with continuation lines', () => {
  assert.equal(toHtml('- one\n  more\n- two'), '<ul>\n<li>one\nmore</li>\n<li>two</li>\n</ul>')
})

test('reads ordered lists from their first number, loose when items are apart, with code inside an item', () => {
  const html = toHtml('10. ten\n    still ten\n\n11. eleven:\n\n    ```ts\n    const a = 1\n    ```\n12. twelve')
  assert.equal(html, '<ol start="10">\n<li><p>ten\nstill ten</p></li>\n<li><p>eleven:</p>\n<pre><code class="language-ts">const a = 1\n</code></pre></li>\n<li><p>twelve</p></li>\n</ol>')
})

test('does not start a list at a number inside a paragraph', () => {
  assert.equal(toHtml('as RFC\n6750. says'), '<p>as RFC\n6750. says</p>')
})

test('reads tables with alignment and inline code in cells', () => {
  const html = toHtml('| a | b |\n|---|---:|\n| `x` | 2 |')
  assert.equal(html, '<table>\n<thead><tr><th>a</th><th class="align-right">b</th></tr></thead>\n<tbody>\n<tr><td><code>x</code></td><td class="align-right">2</td></tr>\n</tbody>\n</table>')
})

test('leaves HTML comments out of the page, even right against a table', () => {
  assert.equal(toHtml('<!-- a note\nover two lines -->\n| a |\n|---|\n| 1 |\n<!-- end -->\nafter'),
    '<table>\n<thead><tr><th>a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>\n<p>after</p>')
  assert.equal(toHtml('text\n<!-- note -->\nmore'), '<p>text</p>\n<p>more</p>')
})

test('reads block quotes and rules', () => {
  assert.equal(toHtml('> quoted\n\n---'), '<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>')
})

test('rewrites links between Markdown pages to their HTML pages, and others to the files themselves', () => {
  const pages = new Map([['/repo/docs/02-testing.md', '/out/guide/02-testing.html'], ['/repo/README.md', '/out/index.html']])
  const rewrite = linkRewriter('/repo/docs/01-architecture.md', '/out/guide/01-architecture.html', pages)
  assert.equal(rewrite('02-testing.md#proof'), '02-testing.html#proof')
  assert.equal(rewrite('../README.md#quick-tour'), '../index.html#quick-tour')
  assert.equal(rewrite('../src/app.ts'), '../../repo/src/app.ts')
  assert.equal(rewrite('../test/'), '../../repo/test/')
  assert.equal(rewrite('#proof'), '#proof')
  assert.equal(rewrite('https://fastify.dev'), 'https://fastify.dev')
})
