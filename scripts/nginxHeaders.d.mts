// Types for nginxHeaders.mjs, which Node runs as plain JavaScript.
import type { HeaderRule } from './securityHeaders.mjs';
export function nginxVariable(name: string): string;
export function headerNames(rules: HeaderRule[]): string[];
export function nginxHeaderMaps(rules: HeaderRule[]): string;
