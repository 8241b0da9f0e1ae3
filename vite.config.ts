import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/content/vite-plugin-content.ts';
import { launchShellPlugin } from './scripts/shell/vite-plugin-launch-shell.ts';
import { startPreloadPlugin } from './scripts/shell/vite-plugin-start-preload.ts';

/** The lazily loaded sync engine's chunk (src/lib/sync/engine.ts): not precached, cached on first use. */
const SYNC_ENGINE_GLOB = 'assets/engine-*.js';
const SYNC_ENGINE_URL = /\/assets\/engine-[\w-]+\.js$/;

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // APP_VERSION_LABEL lets the update test build a second, distinguishable version.
  define: { __APP_VERSION__: JSON.stringify(process.env.APP_VERSION_LABEL ?? pkg.version) },
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [
    preact(),
    contentPlugin(),
    launchShellPlugin(),
    startPreloadPlugin(),
    VitePWA({
      // Updates wait for the user (and for any running exam): never autoUpdate.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.ico', 'icon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        id: '/',
        name: 'DVA-C02 Study: AWS Developer Associate',
        short_name: 'DVA Study',
        description:
          'Study for the AWS Certified Developer – Associate (DVA-C02) exam anywhere, fully offline: the whole study guide, practice packs, timed exams, flags and your study log, kept on your device.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1c2333',
        background_color: '#f6f7fb',
        categories: ['education'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          { src: 'screenshots/narrow-progress.png', sizes: '780x1688', type: 'image/png', form_factor: 'narrow', label: 'This week’s study hours' },
          { src: 'screenshots/wide-progress.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Study hours on a larger screen' },
        ],
        shortcuts: [
          { name: 'Continue reading', short_name: 'Read', url: '/read?continue', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
          { name: 'Practice', url: '/practice', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
          { name: 'Log study time', short_name: 'Log time', url: '/progress/log', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
        ],
      },
      workbox: {
        // Everything the app can request is precached: the train has no signal.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webp,woff2,json,webmanifest}'],
        // Install screenshots are only for the browser's install dialog, shown
        // while online: ~180 KB gzip that the train never needs.
        globIgnores: ['screenshots/**', SYNC_ENGINE_GLOB],
        // The sync engine (PouchDB, ~40 KB gzip) is fetched with the first sync
        // (src/lib/sync/controller.ts) and kept from then on: offline later, it is there.
        runtimeCaching: [
          {
            urlPattern: SYNC_ENGINE_URL,
            handler: 'CacheFirst',
            options: {
              cacheName: 'sync-engine',
              expiration: { maxEntries: 2 },
              // Only the script itself: a host that answers a missing file with its index page (an update
              // window) must not have that page kept as the engine for the rest of this version.
              plugins: [
                {
                  cacheWillUpdate: async ({ response }) =>
                    response.status === 200 && /javascript/i.test(response.headers.get('content-type') ?? '') ? response : null,
                },
              ],
            },
          },
        ],
        navigateFallback: 'index.html',
        // A first visit is controlled at once, so it works offline without a
        // reload. Updates still wait: no skipWaiting until the user agrees.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Keep the default 2 MiB cap: a bigger file should be split, not cached blindly.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        // Real Chromium against the production build, one file at a time.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
