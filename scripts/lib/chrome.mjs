// The one place that knows how this project starts Chromium: which binary
// (CHROME_PATH, else Debian's chromium, else an installed Chrome) and the
// flags a closed network needs. Used by the tests, the bench and the
// diagram and screenshot scripts.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

/** Flags for every launch; headless mode is the launcher's own option. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH, else Debian's chromium, else an installed Chrome. Never skips: throws how to install one. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found. Install one with `apt-get update && apt-get install -y chromium` ' +
        '(or set CHROME_PATH to a Chrome or Chromium binary), then run the command again.',
    );
  }
  return found;
}
