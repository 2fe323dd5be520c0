// Types for startDistServer.mjs, which Node runs as plain JavaScript.
import type { ChildProcess } from 'node:child_process';
export function startDistServer(serveArgs: string[], origin: string): Promise<ChildProcess>;
