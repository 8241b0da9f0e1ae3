// npm start: install if needed, build the production app, serve it locally.
import { execFileSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
const { preview } = await import('vite');
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
console.log(`\nThe app is running at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`);
console.log('Open it in Chrome or Edge to install it; press Ctrl+C to stop.');
