// Types for chromium.mjs, which Node runs as plain JavaScript.
export const chromiumPath: string;
export const chromiumArgs: string[];
