// Build step, run after prerendering and before applyCsp: puts the site's one
// stylesheet into each page as a <style> element. A page then paints from its
// first response, without waiting a round trip for the stylesheet; applyCsp
// adds the style's hash to the Content-Security-Policy. The .css file stays in
// dist/ (the byte budget measures it) but no page links it.
// Usage: import { inlineStylesheet } from './inlineStylesheet.mjs'
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\shref="[^"]*\/(assets\/[\w.-]+\.css)"[^>]*>/g;

export async function inlineStylesheet(dir) {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const stylesheets = new Map();
  const read = (asset) => {
    if (!stylesheets.has(asset)) stylesheets.set(asset, readFile(join(dir, asset), 'utf8'));
    return stylesheets.get(asset);
  };
  let inlined = 0;
  for (const file of files) {
    const html = await readFile(join(dir, file), 'utf8');
    const assets = [...html.matchAll(STYLESHEET_LINK)].map((match) => match[1]);
    if (assets.length === 0) continue;
    const styles = new Map(await Promise.all(assets.map(async (asset) => [asset, await read(asset)])));
    // A replacer function, so that "$" in the CSS is not read as a replacement pattern.
    await writeFile(
      join(dir, file),
      html.replace(STYLESHEET_LINK, (_link, asset) => `<style>${styles.get(asset).trim()}</style>`),
    );
    inlined += 1;
  }
  return { pages: inlined, stylesheets: [...stylesheets.keys()] };
}
