// Starts scripts/serveDist.mjs for a benchmark and waits until it answers.
import { spawn } from 'node:child_process';

/** Runs `node scripts/serveDist.mjs …serveArgs` and resolves with the child once `origin` answers. */
export async function startDistServer(serveArgs, origin) {
  const child = spawn(process.execPath, ['scripts/serveDist.mjs', ...serveArgs], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (
      await fetch(origin).then(
        (response) => response.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`The server at ${origin} did not answer`);
}
