// Types for byteBudget.mjs, which Node runs as plain JavaScript.
export interface Budgets {
  firstLoadJs: number;
  css: number;
  html: number;
  font: number;
}
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
export interface FirstLoad {
  files: string[];
  pages: string[];
}
export interface BudgetRow {
  label: string;
  files: string[];
  bytes: number;
  limit: number;
  ok: boolean;
}
export interface RouteChunks {
  route: string;
  files: string[];
}
export const BUDGETS: Budgets;
export function gzipSize(bytes: string | Uint8Array): number;
export function pageAssets(html: string, base?: string): { scripts: string[]; styles: string[] };
export function fontFiles(css: string, base?: string): Record<string, string[]>;
export function showsHangul(html: string): boolean;
export function routeChunks(manifest: Record<string, ManifestChunk>, firstLoad: string[]): RouteChunks[];
export function routePath(moduleId: string): string | undefined;
export function groupFirstLoads(pageScripts: Record<string, string[]>): FirstLoad[];
export function checkBudgets(
  measured: {
    firstLoads: FirstLoad[];
    styles: string[];
    pages: string[];
    sizes: Record<string, number>;
    fonts?: { family?: string; files: string[]; pages: string[] }[];
  },
  budgets?: Budgets,
): BudgetRow[];
export function formatKb(bytes: number): string;
export function formatReport(rows: BudgetRow[], routes: RouteChunks[], sizes: Record<string, number>): string;
