/** "1 contact", "10 contacts": English nouns take the singular for one alone. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
