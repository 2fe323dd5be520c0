// Types for applyCsp.mjs, which Node runs as plain JavaScript.
export function applyCsp(dir?: string): Promise<{
  pages: number;
  scriptHashes: string[];
  styleHashes: string[];
  policy: string;
}>;
