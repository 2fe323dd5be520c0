// @vitest-environment node
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The preview server the browser tests and benchmarks run on, sent what a
// hostile or broken client might send, over a raw socket so that nothing
// tidies the request on the way.

const port = 4290;
const secret = 'SECRET-OUTSIDE-DIST';
let folder: string;
let server: ChildProcess;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'serve-dist-'));
  const site = join(folder, 'dist');
  await mkdir(join(site, 'mou'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<h1>Home</h1>');
  await writeFile(join(site, '404.html'), '<h1>Not found</h1>');
  await writeFile(join(site, 'mou', 'index.html'), '<h1>MoU</h1>');
  await writeFile(join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  await writeFile(join(folder, 'secret.txt'), secret);
  // Links that lead out of the site: a file and a folder.
  await symlink(join(folder, 'secret.txt'), join(site, 'leak.txt'));
  await symlink(folder, join(site, 'outside'));
  server = spawn(
    process.execPath,
    ['scripts/serveDist.mjs', '--dir', site, '--port', String(port), '--redirect-directories'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await until(async () =>
    (await raw('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).startsWith('HTTP/1.1 200'),
  );
}, 20_000);

afterAll(async () => {
  server.kill();
  await rm(folder, { recursive: true, force: true });
});

/** Sends bytes as they are and resolves with whatever comes back before the server closes, or after a second. */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.setTimeout(1000, () => socket.destroy());
  });
}

async function until(check: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start');
}

const get = (target: string) => raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
const statusOf = (response: string) => response.split('\r\n', 1)[0];

test('hostile request targets get an answer, never a file from outside the site, and the server stays up', async () => {
  const targets = [
    '//',
    '///',
    '//%zz/',
    '//x:99999/',
    '//evil.example/',
    '/%',
    '/..%2f..%2fsecret.txt',
    '/mou/..%2F..%2F..%2Fsecret.txt',
    '/../secret.txt',
    '/leak.txt',
    '/outside/secret.txt',
    '/outside/',
    'http://evil.example/secret.txt',
    '*',
    `/${'a'.repeat(5000)}`,
  ];
  for (const target of targets) {
    const response = await get(target);
    expect(statusOf(response), target).toMatch(/^HTTP\/1\.1 [1-5]\d\d /);
    expect(response, target).not.toContain(secret);
  }
  // Not even a request line at all.
  expect(await raw('\r\n\r\n')).not.toContain(secret);
  expect(await raw('GARBAGE\r\n\r\n')).not.toContain(secret);
  expect(statusOf(await get('/'))).toBe('HTTP/1.1 200 OK');
});

test('a link out of the site through a symlink is not served', async () => {
  expect(statusOf(await get('/leak.txt'))).toBe('HTTP/1.1 404 Not Found');
  expect(statusOf(await get('/outside/secret.txt'))).toBe('HTTP/1.1 404 Not Found');
});

test('a folder redirects to itself with a slash, never to another host', async () => {
  expect(await get('/mou')).toMatch(/\r\nlocation: \/mou\/\r\n/i);
  const response = await get('//mou');
  expect(statusOf(response)).toBe('HTTP/1.1 301 Moved Permanently');
  expect(response).toMatch(/\r\nlocation: \/mou\/\r\n/i);
});

test('methods other than GET and HEAD get 405 with an Allow header', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
    const response = await raw(`${method} / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(statusOf(response), method).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(response, method).toMatch(/\r\nallow: GET, HEAD\r\n/i);
  }
  const head = await raw('HEAD /mou/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(statusOf(head)).toBe('HTTP/1.1 200 OK');
  expect(head).not.toContain('<h1>');
});
