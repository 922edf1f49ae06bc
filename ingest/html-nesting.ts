/**
 * How deeply an HTML page nests its elements. Readability's scoring grows far faster than the
 * page with depth (on linkedom: ~1 s at 100 levels, ~6 s at 500, minutes at 2 000), so a page
 * nested deeper than any real article is refused before it gets there.
 */

/** Browsers' own tree builders stop nesting near 512; real article pages stay under 60. */
export const MAX_HTML_DEPTH = 256;

interface ElementLike {
  firstElementChild: ElementLike | null;
  nextElementSibling: ElementLike | null;
}

/** The element depth under `root`, counted without recursion; stops early once past `limit`. */
export function nestingDepth(root: ElementLike | null, limit = Number.POSITIVE_INFINITY): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: Array<[ElementLike, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}
