// Types for securityHeaders.mjs, which Node runs as plain JavaScript.
export type Policy = [directive: string, sources: string[]][];
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function patternSource(pattern: string): string;
export function headersFor(pathname: string, rules: HeaderRule[]): Record<string, string>;
export function parsePolicy(text: string): Policy;
export function formatPolicy(policy: Policy): string;
export function withSources(policy: Policy, directive: string, sources: string[]): Policy;
export function metaPolicy(policy: Policy): Policy;
export function inlineCode(html: string): { scripts: string[]; styles: string[] };
export function hashSource(code: string): string;
export function forbiddenAttributes(html: string): string[];
export function withMetaPolicy(html: string, policyText: string): string;
