// Types for licenses.mjs, which Node runs as plain JavaScript.
export const PERMISSIVE: Set<string>;
export function isPermissive(expression: string | undefined): boolean;
export function productionPackages(root?: string): { name: string; version: string; licence: string; path: string }[];
export const SHIPPED_DEV_PACKAGES: Record<string, string>;
export function shippedDevPackages(
  root?: string,
): { name: string; version: string; licence: string; honoured: string }[];
