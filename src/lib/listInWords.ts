/** ["MSIT", "KISA", "NIA"] → "MSIT, KISA and NIA" */
export function listInWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
