// Lighthouse measures the app as a host serves it: over HTTPS, which a PWA
// needs (service workers and installation require a secure context), and so
// over HTTP/2, which every HTTPS static host speaks and which Vite's preview
// server uses once it has a certificate. Plain-HTTP localhost is HTTP/1.1:
// Lighthouse then models six connections queueing each small chunk behind
// the last, a condition no installed user meets. The certificate is a
// throwaway, made here with openssl for 127.0.0.1 and trusted by nothing
// but the Chrome the bench starts (--ignore-certificate-errors).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'dva-bench-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (e) {
    throw new Error(`npm run bench serves the app over HTTPS and needs openssl to make a throwaway certificate (apt-get install -y openssl): ${e.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Vite's preview of dist/ over HTTPS (HTTP/2) on 127.0.0.1, or over plain HTTP/1.1 with `{ plain: true }`. */
export async function startPreview({ plain = false } = {}) {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, https: plain ? undefined : throwawayCertificate() }, logLevel: 'warn' });
  return { server, origin: server.resolvedUrls.local[0].replace(/\/$/, '') };
}

/** Chrome flags for the browser that visits the HTTPS preview. */
export const HTTPS_PREVIEW_FLAGS = ['--ignore-certificate-errors'];
