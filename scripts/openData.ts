// Publishes the open dataset (scripts/openDataFiles.ts) at /data/…: emitted
// as assets by the client build, and served at the same paths by the dev server.
// Usage: plugins: [openData()] in vite.config.ts.
import { join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { OPEN_DATA_DIR } from '../src/features/data/openDataFiles.ts';

type Files = Record<string, string>;

/**
 * The files, built from the data module as it is now. Loaded through Vite's
 * module runner rather than imported, so that the config's bundle stays free
 * of the app's modules (their imports have no file extensions).
 */
async function buildFiles(root: string, dataset: Promise<Plugin> | undefined): Promise<Files> {
  const { module } = await runnerImport<{ openDataFiles: () => Files }>(join(root, 'scripts/openDataFiles.ts'), {
    configFile: false,
    logLevel: 'warn',
    plugins: dataset ? [await dataset] : [],
  });
  return module.openDataFiles();
}

const contentTypes: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** `dataset` is the plugin that swaps the data modules (DATASET=scale or small), so /data publishes that event. */
export function openData(dataset?: Promise<Plugin>): Plugin {
  let root = '';
  let prefix = '';
  return {
    name: 'open-data',
    configResolved: (config) => {
      root = config.root;
      prefix = `${config.base}${OPEN_DATA_DIR}/`;
    },
    async generateBundle() {
      if (this.environment.config.build.ssr) return;
      for (const [name, source] of Object.entries(await buildFiles(root, dataset))) {
        this.emitFile({ type: 'asset', fileName: `${OPEN_DATA_DIR}/${name}`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?', 1)[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        const name = path.slice(prefix.length);
        buildFiles(root, dataset).then((files) => {
          if (!Object.hasOwn(files, name)) return next();
          response.setHeader('Content-Type', contentTypes[name.split('.').pop() ?? ''] ?? 'text/plain');
          response.end(files[name]);
        }, next);
      });
    },
  };
}
