// The remote database's address and what its answers mean for the user. Pure.

export type UrlCheck = { ok: true; url: string } | { ok: false; error: string };

// The app's Content Security Policy (index.html connect-src) allows exactly these over plain http.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * A CouchDB database URL the app may use: https (plain http only for this
 * machine), no credentials inside it (they would end up in logs and on screen),
 * no query or fragment. Returned without a trailing slash.
 */
export function checkRemoteUrl(input: string): UrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the address of your CouchDB database.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'This is not a web address. It looks like https://couch.example.com/study-alice.' };
  }
  if (url.username || url.password) return { ok: false, error: 'Put the user name and password in their own fields, not in the address.' };
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { ok: false, error: 'The address must start with https:// (plain http is allowed only for localhost).' };
  }
  if (url.search || url.hash) return { ok: false, error: 'The address must not contain ? or #.' };
  const path = url.pathname.replace(/\/+$/, '');
  // A path prefix is fine (CouchDB behind a reverse proxy); the last segment is the database.
  if (!path) return { ok: false, error: 'The address must end with the database’s name, like https://couch.example.com/study-alice.' };
  return { ok: true, url: `${url.origin}${path}` };
}

/** The URL as shown to the user: never with credentials. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '';
  }
}

/** What an HTTP status from the database means, in the user's words. */
export function describeStatus(status: number): string {
  if (status === 401) return 'The server refused the user name or password.';
  if (status === 403) return 'This user may not open that database. Check its _security members.';
  if (status === 404) return 'The server has no database at that address. Create it first (see the README).';
  if (status >= 500) return `The server had an error (HTTP ${status}). Your data here is safe; sync will try again.`;
  return `The server answered with HTTP ${status}. Check the address.`;
}

export const UNREACHABLE = 'Could not reach the server (offline, down, or blocked). Your data here is safe; sync will try again.';
export const NOT_COUCH = 'That address does not answer like a CouchDB database.';
export const TIMED_OUT = 'The server took too long to answer. Your data here is safe; sync will try again.';
