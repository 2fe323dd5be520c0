const MAX_SHOWN = 40;

/** Cuts text taken from an address to a length a notice can show: a link may carry anything. */
export function truncate(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}
