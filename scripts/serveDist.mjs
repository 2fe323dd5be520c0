// Serves the built site the way Netlify or Cloudflare Pages would: every
// response carries exactly the headers that dist/_headers gives for its path.
// A path answers with its file, then its index.html, then 404.html (status
// 404); failing all of those, with index.html so that the app can route it.
// --base serves the site under a sub-path; --redirect-directories answers a
// folder without its trailing slash with a redirect, as GitHub Pages and S3 do.
// With --gzip, text answers are gzipped as a CDN would send them (for the
// Lighthouse benchmark), once per file; without it, bodies go as they are.
// Whatever a request holds, the server answers it and stays up: it serves
// GET and HEAD only, never a file outside the folder (symlinks included),
// and never redirects off the site.
// Usage: node scripts/serveDist.mjs [--dir dist] [--port 4173] [--host 127.0.0.1]
//          [--base /sub/path/] [--redirect-directories] [--gzip]
import { readFile, realpath, stat } from 'node:fs/promises';
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
const root = await realpath(resolve(values.dir));
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
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
};

/** A file inside the folder: a symlink that leads out of it counts as none. */
async function isFile(path) {
  const real = await realpath(path).catch(() => undefined);
  if (!real || (real !== root && !real.startsWith(root + sep))) return false;
  return (await stat(real).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(pathname) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(pathname)));
  } catch {
    return false;
  }
  const real = await realpath(path).catch(() => undefined);
  if (!real || (real !== root && !real.startsWith(root + sep))) return false;
  return (await stat(real).catch(() => undefined))?.isDirectory() ?? false;
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

const gzipped = new Map();

/** A file's gzip, made once (level 9, as `npm run budget` measures) and kept while the file is unchanged. */
async function gzipOf(path) {
  const { mtimeMs } = await stat(path);
  const cached = gzipped.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(await readFile(path), { level: 9 });
  gzipped.set(path, { mtimeMs, body });
  return body;
}

async function answer(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': types['.txt'] }).end('Method not allowed\n');
    return;
  }
  // The request target of a GET is a path: "//x" is a path too, not a host, so it is never parsed as a URL.
  const target = request.url ?? '';
  if (!target.startsWith('/')) {
    response.writeHead(400, { 'Content-Type': types['.txt'] }).end('Bad request\n');
    return;
  }
  const queryAt = target.search(/[?#]/);
  const publicPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 || target[queryAt] === '#' ? '' : target.slice(queryAt).split('#')[0];
  if (!`${publicPath}/`.startsWith(base)) {
    response.writeHead(404, { 'Content-Type': types['.txt'] }).end('Not found\n');
    return;
  }
  const pathname = publicPath.slice(base.length - 1) || '/';
  const headers = headersFor(pathname, rules);
  if (values['redirect-directories'] && !publicPath.endsWith('/') && (await isDirectory(pathname))) {
    // One leading slash only: "//host/" in a Location header would send the browser off the site.
    const location = `/${publicPath.replace(/^\/+/, '')}/${search}`;
    response.writeHead(301, { ...headers, Location: location }).end();
    return;
  }
  const found = await resolveFile(pathname);
  if (!found) {
    response.writeHead(404, { ...headers, 'Content-Type': types['.txt'] }).end('Not found\n');
    return;
  }
  const type = types[extname(found.path)] ?? 'application/octet-stream';
  const compress = values.gzip && isText(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = compress ? await gzipOf(found.path) : await readFile(found.path);
  response.writeHead(found.status, {
    'Cache-Control': 'no-cache',
    ...headers,
    'Content-Type': type,
    'Content-Length': body.length,
    ...(values.gzip && { Vary: 'Accept-Encoding' }),
    ...(compress && { 'Content-Encoding': 'gzip' }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

const server = createServer((request, response) => {
  answer(request, response).catch((error) => {
    console.error(`serveDist: ${request.method} ${JSON.stringify(request.url)} failed: ${error}`);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': types['.txt'] });
    response.end();
  });
});
// A client that never finishes its request does not hold a connection for ever.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

server.listen(Number(values.port), values.host, () => {
  const how = values.gzip ? ', gzipped,' : '';
  console.log(`Serving ${values.dir}/ with its _headers${how} at http://${values.host}:${values.port}${base}`);
});
