// Reads back the annotation view's paragraph markup (client/src/annotationView/render.ts) in Node:
// a strict parser for the few tags the renderer writes, so that a test fails on any tag it did not
// expect, on a tag left open or closed twice, and on text that was not escaped.
export interface MarkupNode {
  tag: 'span';
  attrs: Record<string, string>;
  children: MarkupChild[];
}
export type MarkupChild = MarkupNode | string;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

export function parseMarkup(html: string): MarkupNode {
  const root: MarkupNode = { tag: 'span', attrs: {}, children: [] };
  const stack = [root];
  const re = /<span((?:\s+[a-z-]+="[^"<>]*")*)>|<\/span>|([^<>]+)|(.)/gs;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3] !== undefined) throw new Error(`unexpected ${JSON.stringify(m[3])} at ${m.index}: ${html.slice(m.index, m.index + 40)}`);
    if (m[2] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|#39);)/.test(m[2])) throw new Error(`unescaped & in ${JSON.stringify(m[2])}`);
      stack[stack.length - 1].children.push(decode(m[2]));
    } else if (m[0] === '</span>') {
      if (stack.length === 1) throw new Error(`</span> closes nothing at ${m.index}`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of (m[1] ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
      const node: MarkupNode = { tag: 'span', attrs, children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`${stack.length - 1} span(s) left open`);
  return root;
}

/** The source text the markup stands for: each line-break span counts as the code units it replaced. */
export function sourceLength(node: MarkupChild): number {
  if (typeof node === 'string') return node.length;
  if (node.attrs.class === 'br') return Number(node.attrs['data-n']);
  return node.children.reduce((n, c) => n + sourceLength(c), 0);
}

/** What is shown: the text, line breaks as spaces. */
export function shownText(node: MarkupChild): string {
  return typeof node === 'string' ? node : node.children.map(shownText).join('');
}

export function walk(node: MarkupNode, visit: (n: MarkupNode, offset: number) => void, offset = 0): number {
  visit(node, offset);
  let at = offset;
  for (const c of node.children) at = typeof c === 'string' ? at + c.length : c.attrs.class === 'br' ? at + Number(c.attrs['data-n']) : walk(c, visit, at);
  return at;
}

/** A compact picture of the markup: [kind text], «label», / for a line break. */
export function skeleton(node: MarkupChild): string {
  if (typeof node === 'string') return node;
  const a = node.attrs;
  if (a.class === 'br') return `/${a['data-n']}`;
  if (a.class?.startsWith('lbl')) return `«${a['data-label']}»`;
  const inner = node.children.map(skeleton).join('');
  if (!a['data-kind']) return inner;
  const tag = a['data-kind'] === 'entity' ? `e:${a['data-type']}` : a['data-kind'];
  return `[${tag}${a['data-cont'] !== undefined ? '+' : ''} ${inner}]`;
}
