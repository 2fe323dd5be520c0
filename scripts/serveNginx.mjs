// Runs deploy/nginx.conf on local ports, as an unprivileged user, for the
// browser tests: the site on --port over plain HTTP (in place of 443 with TLS)
// and the HTTP-to-HTTPS redirect on the next port (in place of 80), serving
// --dir with the headers of its _headers. nginx runs in the foreground in a
// folder of its own under the system's temp folder.
// Usage: node scripts/serveNginx.mjs [--dir dist] [--port 4175]
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxHeaderMaps } from './nginxHeaders.mjs';
import { parseHeadersFile } from './securityHeaders.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4175' },
  },
});
const root = resolve(values.dir);
const port = Number(values.port);
const prefix = join(tmpdir(), `kdd-nginx-${port}`);
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** deploy/nginx.conf with local ports, no TLS and the site's folder; each change must find its line. */
function localSite(deployConf) {
  const changes = [
    [/^\s*listen \[::\]:\d+.*;\n/gm, ''],
    [/^(\s*)listen 80;/gm, `$1listen 127.0.0.1:${port + 1};`],
    [/^(\s*)listen 443 ssl http2;/gm, `$1listen 127.0.0.1:${port};`],
    [/^\s*ssl_certificate(_key)? .*;\n/gm, ''],
    [/^(\s*)root .*;/gm, `$1root ${root};`],
  ];
  return changes.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf: found no line like ${pattern}`);
    return conf.replace(pattern, replacement);
  }, deployConf);
}

await rm(prefix, { recursive: true, force: true });
await mkdir(prefix, { recursive: true });
await writeFile(
  join(prefix, 'korea-digital-days-headers.conf'),
  nginxHeaderMaps(parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'))),
);
const temp = (name) => `${name}_temp_path ${join(prefix, name)};`;
await writeFile(
  join(prefix, 'nginx.conf'),
  `daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${localSite(await readFile('deploy/nginx.conf', 'utf8'))}
}
`,
);

const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
console.log(`nginx serves ${values.dir}/ with deploy/nginx.conf at http://127.0.0.1:${port}/`);
