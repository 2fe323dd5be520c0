import { afterNextPaint } from './yieldToBrowser';

/**
 * Where React draws a page afresh instead of hydrating it. A view whose
 * prerendered HTML shows another (an agency's filter is served the bare
 * directory's HTML) is drawn afresh, and drawn into the prerendered container
 * React would clear it in the commit that shows the view: removing a laid-out
 * page is most of that blocking task (docs/PERFORMANCE.md). So the view is
 * drawn into an empty twin placed before the container. Once the view is in,
 * `showTarget` hides the prerendered page, which the next frame takes out of
 * layout, and removes it after that frame, when it costs little.
 */
export function placeForFreshRender(container: HTMLElement): { target: HTMLElement; showTarget: () => void } {
  if (!container.hasChildNodes()) return { target: container, showTarget: () => {} };
  const twin = document.createElement(container.localName);
  container.before(twin);
  const { id } = container;
  return {
    target: twin,
    // Idempotent: React's StrictMode runs a layout effect twice in development.
    showTarget() {
      container.hidden = true;
      container.removeAttribute('id');
      twin.id = id;
      void afterNextPaint().then(() => container.remove());
    },
  };
}
