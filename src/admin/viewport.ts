/**
 * The editor adds a viewport tag with `maximum-scale=1`, which stops readers from zooming in
 * on a phone (WCAG 2.2, 1.4.4 Resize text). This takes the limit out of any viewport tag, now
 * and whenever one is added or changed.
 */
function allowZoom(): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="viewport"]')) {
    const parts = meta.content.split(',').map((p) => p.trim());
    const kept = parts.filter((p) => !/^(maximum-scale|user-scalable)\s*=/.test(p));
    if (kept.length !== parts.length) meta.content = kept.join(', ');
  }
}

export function keepZoomAllowed(): void {
  allowZoom();
  new MutationObserver(allowZoom).observe(document.head, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['content'],
  });
}
