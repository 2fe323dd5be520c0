// The head tags React renders at build time sit between two comments, so the
// client can take them out when it renders a page afresh instead of
// hydrating it; React would otherwise add its own tags beside them.
const marker = 'page-head';

export function wrapPrerenderedHead(tags: string): string {
  return `<!--${marker}-->${tags}<!--/${marker}-->`;
}

/**
 * Collects the prerendered head tags now and returns a function that removes
 * exactly those. Call it once React has rendered its own tags, so the page
 * is never without a title in between (React puts its title before the old one).
 */
export function takePrerenderedHead(head: HTMLHeadElement): () => void {
  const prerendered: ChildNode[] = [];
  let inside = false;
  for (const node of head.childNodes) {
    const isComment = node.nodeType === Node.COMMENT_NODE;
    if (isComment && node.nodeValue === marker) inside = true;
    if (inside) prerendered.push(node);
    if (isComment && node.nodeValue === `/${marker}`) inside = false;
  }
  return () => {
    for (const node of prerendered) node.remove();
  };
}
