/**
 * Whether an element is laid out: not inside a panel that a phone layout
 * folds away. Where the browser cannot tell (jsdom, old browsers), it counts
 * as shown, as on a wide screen.
 */
export function isShown(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}
