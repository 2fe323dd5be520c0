// Types for inlineStylesheet.mjs, which Node runs as plain JavaScript.
/** Replaces each page's stylesheet link with a <style> holding the stylesheet; returns the pages changed and the stylesheets read. */
export function inlineStylesheet(dir: string): Promise<{ pages: number; stylesheets: string[] }>;
