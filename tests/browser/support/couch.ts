// A real CouchDB-protocol server for sync tests: pouchdb-server (npm) with its
// in-memory adapter on 127.0.0.1, in a temp directory (it writes config.json
// and log.txt where it runs). Set up as the README tells CouchDB users to:
// CORS, an admin, one user and one database per user with a _security object.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './global-setup';

export const ADMIN = { user: 'admin', password: 'secret' };

export interface Couch {
  origin: string;
  /** Stops the server for real (SIGKILL: no goodbye). */
  kill: () => Promise<void>;
  /** Starts it again on the same port (empty: it keeps nothing in memory). */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
  /** An admin request; body as JSON. */
  admin: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: unknown }>;
  /** Creates user `name` with their own database `study-${name}`; returns its URL. */
  addUser: (name: string, password: string) => Promise<string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const bin = join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server');

export async function startCouch(): Promise<Couch> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dva-couch-'));
  let child: ChildProcess | null = null;
  const users: [string, string][] = [];

  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  let adminSet = false;
  const admin: Couch['admin'] = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(adminSet ? { Authorization: auth } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json };
  };

  async function addUserNow(name: string, password: string): Promise<string> {
    const ok = (r: { status: number; json: unknown }, what: string): void => {
      if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`);
    };
    ok(await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' }), 'user');
    ok(await admin('PUT', `/study-${name}`), 'database');
    ok(await admin('PUT', `/study-${name}/_security`, { members: { names: [name], roles: [] }, admins: { names: [], roles: [] } }), 'security');
    return `${origin}/study-${name}`;
  }

  async function launch(): Promise<void> {
    adminSet = false;
    child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const res = await fetch(`${origin}/`);
        if (res.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const [section, key, value] of [
      ['httpd', 'enable_cors', 'true'],
      ['cors', 'origins', '*'],
      ['cors', 'credentials', 'true'],
      ['cors', 'headers', 'accept, authorization, content-type, origin, referer'],
    ] as const) {
      await admin('PUT', `/_config/${section}/${key}`, value);
    }
    await admin('PUT', `/_config/admins/${ADMIN.user}`, ADMIN.password);
    adminSet = true;
    for (const [name, pw] of users) await addUserNow(name, pw);
  }

  const kill = async (): Promise<void> => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };

  await launch();
  return {
    origin,
    kill,
    restart: launch,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    admin,
    addUser: async (name, password) => {
      users.push([name, password]);
      return addUserNow(name, password);
    },
  };
}
