import { useRouter } from '@tanstack/react-router';
import type { Locale } from './locales';
import type { Messages, Namespace } from './messages';

// One module per language and namespace (./en/agenda.ts, ./ko/agenda.ts), each
// its own chunk: a page loads only its language, and only the namespaces its
// route needs (in the route's loader), so no catalogue adds to the first load.
const modules = import.meta.glob<{ default: unknown }>(['./en/*.ts', './ko/*.ts']);
const loaded = new Map<string, unknown>();
let recording: Set<string> | undefined;

/**
 * Notes the catalogue modules loaded from now until the returned function is
 * called, which returns them (e.g. "src/i18n/ko/shell.ts"): the prerenderer
 * asks the browser to fetch a page's catalogues with its script.
 */
export function recordCatalogues(): () => string[] {
  const keys = new Set<string>();
  recording = keys;
  return () => {
    recording = undefined;
    return [...keys].map((key) => `src/i18n/${key.slice(2)}`);
  };
}

const keyOf = (locale: Locale, namespace: Namespace) => `./${locale}/${namespace}.ts`;

export async function loadMessages(locale: Locale, ...namespaces: Namespace[]): Promise<void> {
  await Promise.all(
    namespaces.map(async (namespace) => {
      const key = keyOf(locale, namespace);
      recording?.add(key);
      if (loaded.has(key)) return;
      const load = modules[key];
      if (!load) throw new Error(`There is no ${key} catalogue`);
      loaded.set(key, (await load()).default);
    }),
  );
}

/** The messages if they have loaded: for the page that shows when loading failed. */
export function loadedMessagesOf<N extends Namespace>(locale: Locale, namespace: N): Messages[N] | undefined {
  return loaded.get(keyOf(locale, namespace)) as Messages[N] | undefined;
}

export function messagesOf<N extends Namespace>(locale: Locale, namespace: N): Messages[N] {
  const messages = loadedMessagesOf(locale, namespace);
  if (!messages)
    throw new Error(`The ${locale} "${namespace}" messages are not loaded: load them in the route's loader`);
  return messages;
}

/**
 * The page's language: each page's router is made for one (src/router.tsx).
 * A component shown on its own, outside any page (as in its tests), is in English.
 */
export function useLocale(): Locale {
  return useRouter({ warn: false })?.options.context.locale ?? 'en';
}

export function useMessages<N extends Namespace>(namespace: N): Messages[N] {
  return messagesOf(useLocale(), namespace);
}
