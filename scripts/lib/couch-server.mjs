// A real CouchDB-protocol server for sync tests and the bench: pouchdb-server
// (npm) with its in-memory adapter on 127.0.0.1, in a temp directory (it
// writes config.json and log.txt where it runs). Set up as the README tells
// CouchDB users to: CORS, an admin, one user and one database per user with a
// _security object.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN = { user: 'admin', password: 'secret' };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server');

async function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

export async function startCouch() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dva-couch-'));
  let child = null;
  const users = [];
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  let adminSet = false;

  const admin = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(adminSet ? { Authorization: auth } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let json = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json };
  };

  async function addUserNow(name, password) {
    const ok = (r, what) => {
      if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`);
    };
    ok(await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' }), 'user');
    ok(await admin('PUT', `/study-${name}`), 'database');
    ok(await admin('PUT', `/study-${name}/_security`, { members: { names: [name], roles: [] }, admins: { names: [], roles: [] } }), 'security');
    return `${origin}/study-${name}`;
  }

  async function launch() {
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
    ]) {
      await admin('PUT', `/_config/${section}/${key}`, value);
    }
    await admin('PUT', `/_config/admins/${ADMIN.user}`, ADMIN.password);
    adminSet = true;
    for (const [name, pw] of users) await addUserNow(name, pw);
  }

  const kill = async () => {
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
