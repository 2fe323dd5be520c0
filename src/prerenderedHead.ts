// The head tags React renders at build time sit between two comments, so the
// client can take them out when it renders a page afresh instead of
// hydrating it; React would otherwise add its own tags beside them.
const marker = 'page-head';

export function wrapPrerenderedHead(tags: string): string {
  return `<!--${marker}-->${tags}<!--/${marker}-->`;
}

export function removePrerenderedHead(head: HTMLHeadElement): void {
  let inside = false;
  for (const node of [...head.childNodes]) {
    const isComment = node.nodeType === Node.COMMENT_NODE;
    if (isComment && node.nodeValue === marker) inside = true;
    if (inside) node.remove();
    if (isComment && node.nodeValue === `/${marker}`) inside = false;
  }
}
