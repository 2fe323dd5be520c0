// Turns a _headers file into nginx configuration, so that nginx sends exactly
// the headers Netlify would: for each header name, a `map` from the path to
// that header's value, for the http block. deploy/nginx.conf sends each once,
// at server level, with `add_header Name $kdd_name always;` (nginx sends no
// header whose value is empty). Run it on the built dist/_headers, whose
// Content-Security-Policy carries the hashes of the inline code.
// Usage: node scripts/nginxHeaders.mjs [dist/_headers] > /etc/nginx/korea-digital-days-headers.conf
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHeadersFile, patternSource } from './securityHeaders.mjs';

/** The nginx variable that holds a header's value: Content-Security-Policy → kdd_content_security_policy. */
export function nginxVariable(name) {
  return `kdd_${name.toLowerCase().replaceAll('-', '_')}`;
}

/** Header names in the order the rules first set them. */
export function headerNames(rules) {
  return [...new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name)))];
}

// nginx would read `$` as a variable, and a quote or backslash would end or escape the string.
function quoted(text) {
  if (/["\\$]/.test(text)) throw new Error(`_headers: nginx cannot carry ${text.slice(0, 80)} as it is`);
  return `"${text}"`;
}

export function nginxHeaderMaps(rules) {
  return headerNames(rules)
    .map((name) => {
      // nginx takes the first regex that matches and _headers the last rule, so the rules go in reverse.
      const entries = rules
        .filter((rule) => rule.headers.some(([header]) => header === name))
        .reverse()
        .map((rule) => {
          const value = rule.headers.findLast(([header]) => header === name)?.[1] ?? '';
          return `    "~${patternSource(rule.pattern)}" ${quoted(value)};`;
        });
      return [`map $uri $${nginxVariable(name)} {`, '    default "";', ...entries, '}'].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? 'dist/_headers';
  process.stdout.write(`# Generated from ${file} by scripts/nginxHeaders.mjs.\n`);
  process.stdout.write(nginxHeaderMaps(parseHeadersFile(await readFile(file, 'utf8'))));
}
