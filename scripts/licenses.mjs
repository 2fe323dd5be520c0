// Lists the licence of every production dependency, direct and transitive, as
// installed in node_modules, and fails if any is not permissive; then the dev
// dependencies whose output ships, and fails if one's licence is not the one
// the build honours.
// Usage: node scripts/licenses.mjs   (npm run licenses)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** SPDX ids of permissive licences: they ask for attribution at most. */
export const PERMISSIVE = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Unlicense',
  'Zlib',
]);

/**
 * Whether an SPDX expression such as "(MIT OR GPL-3.0)" lets us use the
 * package under permissive terms. Anything unreadable ("SEE LICENSE IN …") is not.
 */
export function isPermissive(expression) {
  const tokens = String(expression ?? '').match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const next = () => tokens[position++];
  const peek = () => tokens[position];

  // expression := and ("OR" and)* ; and := atom ("AND" atom)* ; atom := "(" expression ")" | id ["WITH" exception]
  function either() {
    let allowed = both();
    while (peek() === 'OR') {
      next();
      allowed = both() || allowed;
    }
    return allowed;
  }
  function both() {
    let allowed = atom();
    while (peek() === 'AND') {
      next();
      allowed = atom() && allowed;
    }
    return allowed;
  }
  function atom() {
    const token = next();
    if (token === '(') {
      const allowed = either();
      return next() === ')' && allowed;
    }
    if (peek() === 'WITH') position += 2; // an exception only grants more
    return PERMISSIVE.has(token ?? '');
  }

  const allowed = tokens.length > 0 && either();
  return allowed && position === tokens.length;
}

/**
 * Dev dependencies whose output ships in dist/ all the same, with the licence
 * the build honours for each: the Hangul font files are cut from Pretendard
 * GOV (scripts/hangulFont.ts), and the OFL ships with them as
 * dist/kdd-hangul-OFL.txt.
 */
export const SHIPPED_DEV_PACKAGES = { 'pretendard-gov': 'OFL-1.1' };

export function shippedDevPackages(root = '.') {
  return Object.entries(SHIPPED_DEV_PACKAGES).map(([name, honoured]) => {
    const packageDir = findPackage(name, resolve(root));
    if (!packageDir) throw new Error(`${name} is not installed: run npm ci`);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    return { name, version: manifest.version, licence: licenceOf(manifest), honoured };
  });
}

function licenceOf(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license?.type) return license.type;
  if (Array.isArray(licenses)) return licenses.map((entry) => entry.type ?? entry).join(' OR ');
  return 'UNKNOWN';
}

/** Where Node would find a package required from `fromDir`. */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Every package the production dependencies pull in, each once. */
export function productionPackages(root = '.') {
  const rootDir = resolve(root);
  const found = new Map();
  const visit = (dir, manifest) => {
    const optionalPeers = Object.entries(manifest.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta.optional)
      .map(([name]) => name);
    const required = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
    const optional = [...Object.keys(manifest.optionalDependencies ?? {}), ...optionalPeers];
    for (const name of new Set([...required, ...optional])) {
      const packageDir = findPackage(name, dir);
      if (!packageDir) {
        if (optional.includes(name)) continue;
        throw new Error(`${name}, needed by ${manifest.name}, is not installed: run npm ci`);
      }
      if (found.has(packageDir)) continue;
      const dependency = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      found.set(packageDir, {
        name: dependency.name ?? name,
        version: dependency.version,
        licence: licenceOf(dependency),
        path: relative(rootDir, packageDir),
      });
      visit(packageDir, dependency);
    }
  };
  const manifest = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
  visit(rootDir, { name: manifest.name, dependencies: manifest.dependencies });
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const packages = productionPackages();
  const width = Math.max(...packages.map((pkg) => `${pkg.name}@${pkg.version}`.length));
  for (const pkg of packages) {
    const mark = isPermissive(pkg.licence) ? '  ' : '✗ ';
    console.log(`${mark}${`${pkg.name}@${pkg.version}`.padEnd(width)}  ${pkg.licence}`);
  }
  const refused = packages.filter((pkg) => !isPermissive(pkg.licence));
  if (refused.length > 0) {
    console.error(
      `\n${refused.length} production dependenc${refused.length === 1 ? 'y is' : 'ies are'} not under a permissive licence:`,
    );
    for (const pkg of refused) console.error(`  ${pkg.name}@${pkg.version} (${pkg.licence}) in ${pkg.path}`);
    process.exit(1);
  }
  console.log(`\n${packages.length} production dependencies, all under permissive licences.\n`);
  const shipped = shippedDevPackages();
  for (const pkg of shipped) {
    console.log(
      `${pkg.licence === pkg.honoured ? '  ' : '✗ '}${pkg.name}@${pkg.version}  ${pkg.licence} (dev, output ships)`,
    );
  }
  const changed = shipped.filter((pkg) => pkg.licence !== pkg.honoured);
  if (changed.length > 0) {
    for (const pkg of changed) console.error(`${pkg.name} is now ${pkg.licence}, not ${pkg.honoured}: check its terms`);
    process.exit(1);
  }
}
