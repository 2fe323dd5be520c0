// Pure helpers for the site's security headers: reading a Netlify/Cloudflare
// `_headers` file, editing a Content-Security-Policy, and finding the inline
// code in a page that the policy must allow by hash. Used by the build step
// (applyCsp.mjs), the test server (serveDist.mjs) and their tests.
import { createHash } from 'node:crypto';

/** Rules of a `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** A rule's path pattern as a regular expression source: `*` matches anything, `:name` one segment. */
export function patternSource(pattern) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
    .join('.*');
  return `^${source}$`;
}

/** The headers for a path: every matching rule applies, as on Netlify, and of two that set one header the later wins. */
export function headersFor(pathname, rules) {
  const headers = {};
  for (const rule of rules) {
    if (new RegExp(patternSource(rule.pattern)).test(pathname)) {
      for (const [name, value] of rule.headers) headers[name] = value;
    }
  }
  return headers;
}

/** "default-src 'self'; img-src 'self' data:" → [['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']]] */
export function parsePolicy(text) {
  return text
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

export function formatPolicy(policy) {
  return policy.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Adds sources (such as hashes) to one directive, once each. */
export function withSources(policy, directive, sources) {
  return policy.map(([name, existing]) =>
    name === directive
      ? [name, [...existing, ...sources.filter((source) => !existing.includes(source))]]
      : [name, existing],
  );
}

// A <meta> policy cannot carry these: browsers ignore them there, and Chromium
// logs an error for each, so they are sent as headers only.
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

export function metaPolicy(policy) {
  return policy.filter(([name]) => !headerOnlyDirectives.has(name));
}

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const styleElement = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Data blocks are never executed, so the policy does not apply to them.
const dataBlockType = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

/** The contents of the inline scripts and style elements of a page. */
export function inlineCode(html) {
  const scripts = [...html.matchAll(scriptElement)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`) && !dataBlockType.test(attributes))
    .map(([, , code]) => code);
  const styles = [...html.matchAll(styleElement)].map(([, code]) => code);
  return { scripts, styles };
}

/** A CSP hash source for inline code: 'sha256-…'. */
export function hashSource(code) {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Inline style and event-handler attributes: no hash allows them without 'unsafe-hashes', so the build refuses them. */
export function forbiddenAttributes(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const attribute = /\s(style|on[a-z]+)\s*=/i.exec(tag);
    if (attribute) found.push(`${attribute[1]}= in ${tag.slice(0, 80)}`);
  }
  return found;
}

/** The page with its policy in a <meta> tag right after the charset, replacing any earlier one. */
export function withMetaPolicy(html, policyText) {
  const content = policyText.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  const existing = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
  if (existing.test(html)) return html.replace(existing, meta);
  const charset = /<meta\s+charset[^>]*>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
  const head = /<head[^>]*>/i;
  if (head.test(html)) return html.replace(head, (tag) => `${tag}\n    ${meta}`);
  throw new Error('The page has no <head> to put its Content-Security-Policy in');
}
