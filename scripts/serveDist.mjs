// Serves the built site the way Netlify or Cloudflare Pages would: every
// response carries exactly the headers that dist/_headers gives for its path.
// A path answers with its file, then its index.html, then 404.html (status
// 404); failing all of those, with index.html so that the app can route it.
// --base serves the site under a sub-path; --redirect-directories answers a
// folder without its trailing slash with a redirect, as GitHub Pages and S3 do.
// With --gzip, text answers are gzipped as a CDN would send them (for the
// Lighthouse benchmark); without it, bodies go as they are.
// Usage: node scripts/serveDist.mjs [--dir dist] [--port 4173] [--host 127.0.0.1]
//          [--base /sub/path/] [--redirect-directories] [--gzip]
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './securityHeaders.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/' },
    'redirect-directories': { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
};

async function isFile(path) {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(pathname) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(pathname)));
  } catch {
    return false;
  }
  if (path !== root && !path.startsWith(root + sep)) return false;
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The file that answers a path, and its status; undefined if nothing does. */
async function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/\0'; // names no file: the not-found page or the app answers
  }
  let file = normalize(join(root, decoded));
  // A path that climbs out of dist/ (/agenda/..%2F..%2Fetc) names no file: the not-found page or the app answers.
  if (file !== root && !file.startsWith(root + sep)) file = join(root, '\0');
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
    if (await isFile(candidate)) return { path: candidate, status: 200 };
  }
  if (await isFile(join(root, '404.html'))) return { path: join(root, '404.html'), status: 404 };
  // A missing asset is an error; a missing page is the app's to route.
  return extname(decoded) ? undefined : { path: join(root, 'index.html'), status: 200 };
}

function isText(type) {
  return /^text\/|json|xml|svg|javascript/.test(type);
}

const server = createServer(async (request, response) => {
  const { pathname: publicPath, search } = new URL(request.url ?? '/', 'http://localhost');
  if (!`${publicPath}/`.startsWith(base)) {
    response.writeHead(404, { 'Content-Type': types['.txt'] }).end('Not found\n');
    return;
  }
  const pathname = publicPath.slice(base.length - 1) || '/';
  const headers = headersFor(pathname, rules);
  if (values['redirect-directories'] && !publicPath.endsWith('/') && (await isDirectory(pathname))) {
    response.writeHead(301, { ...headers, Location: `${publicPath}/${search}` }).end();
    return;
  }
  const found = await resolveFile(pathname);
  if (!found) {
    response.writeHead(404, { ...headers, 'Content-Type': types['.txt'] }).end('Not found\n');
    return;
  }
  const type = types[extname(found.path)] ?? 'application/octet-stream';
  const compress = values.gzip && isText(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const file = await readFile(found.path);
  const body = compress ? gzipSync(file, { level: 9 }) : file;
  response.writeHead(found.status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...(values.gzip && { Vary: 'Accept-Encoding' }),
    ...(compress && { 'Content-Encoding': 'gzip' }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(values.port), values.host, () => {
  const how = values.gzip ? ', gzipped,' : '';
  console.log(`Serving ${values.dir}/ with its _headers${how} at http://${values.host}:${values.port}${base}`);
});
