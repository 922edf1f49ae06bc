/** DOM → plain text with paragraph breaks: block elements become paragraphs, <br> a line break. */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'SELECT', 'TEXTAREA']);

const ELEMENT = 1;
const TEXT = 3;

/** Paragraphs of an element's text, whitespace collapsed inside each. */
export function paragraphsOf(root: Node, skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (t !== '') out.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || skip?.(el)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

export function textOf(root: Node, skip?: (el: Element) => boolean): string {
  return paragraphsOf(root, skip).join('\n');
}
