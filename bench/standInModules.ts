import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Builds (or tests) the app with another event: every import of a real data
 * module, except the stand-ins' own (under bench/), resolves to its stand-in,
 * so the components and routes run unchanged over other data.
 * `standIns` maps a real module to its stand-in, both from the project's root.
 */
export function standInModules(name: string, standIns: Readonly<Record<string, string>>, root: string): Plugin {
  return {
    name,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || relative(root, importer).startsWith('bench/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const standIn = resolved && standIns[relative(root, resolved.id)];
      return standIn ? resolve(root, standIn) : null;
    },
  };
}
