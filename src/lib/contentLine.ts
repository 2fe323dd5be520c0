// Shared by vCard (RFC 6350 §3.2, §3.4) and iCalendar (RFC 5545 §3.1, §3.3.11):
// both use the same content-line syntax, text escaping and line folding.

const MAX_LINE_OCTETS = 75;

/**
 * Escapes a text value: backslash, comma and newlines always. Semicolons too,
 * except in a vCard's single (non-compound) values, where RFC 6350 leaves it
 * optional and parsers such as ical.js keep the backslash.
 */
export function escapeText(value: string, { semicolons = true } = {}): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return semicolons ? escaped.replaceAll(';', '\\;') : escaped;
}

/**
 * Folds a content line into lines of at most 75 octets: CRLF then a space
 * starts each continuation. A UTF-8 character is never split, so Korean
 * text (three octets a character) survives the fold.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    const size = utf8Length(character);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** Joins content lines into a document: each folded, each ended by CRLF. */
export function toContentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
