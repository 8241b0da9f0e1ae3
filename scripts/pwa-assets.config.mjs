// Icons for the manifest and iOS, all generated from public/icon.svg by
// `npm run icons` (no network). The padded icons get the icon's own navy
// background instead of white, so Android masks and iOS corners look right.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

const background = '#1c2333';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background } },
  },
  images: ['public/icon.svg'],
});
