// Builds the production app once for all browser tests, exactly as `npm run
// build` does (in a child process, so vitest's NODE_ENV=test cannot leak into
// the build), plus a second build with another version label for the update test.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
// TEST_DIST lets two test runs on one machine build into separate folders.
export const DIST = resolve(ROOT, process.env.TEST_DIST ?? 'dist');
export const DIST_NEXT = resolve(ROOT, `${process.env.TEST_DIST ?? '.tmp/dist'}-next`);

const viteBin = resolve(ROOT, 'node_modules/vite/bin/vite.js');

function viteBuild(args: string[], extraEnv: Record<string, string> = {}): void {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.NODE_ENV;
  delete env.VITEST;
  execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', ...args], { cwd: ROOT, env, stdio: 'inherit' });
}

export default function setup(): void {
  viteBuild(process.env.TEST_DIST ? ['--outDir', DIST, '--emptyOutDir'] : []);
  viteBuild(['--outDir', DIST_NEXT, '--emptyOutDir'], { APP_VERSION_LABEL: 'next-test-build' });
}
