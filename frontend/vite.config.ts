/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

const apiTarget = process.env.GRIDWORK_API_URL || 'http://localhost:8080'
// '/api/' with its slash: a bare '/api' prefix would also send the page /api-clients to the backend on a reload
const apiProxy = { '/api/': { target: apiTarget, changeOrigin: true } }

// The phone app as an installable web app (issue 17): a web app manifest and a Workbox service worker that keeps the
// built app so /m opens without a network. registerType 'prompt': a new version waits until the worker says so or the
// app is next started (skipWaiting stays off), never replacing the code under an open form. Data lives in IndexedDB
// (features/offline), which a service worker update never touches; the worker caches no /api response.
const pwa = VitePWA({
  registerType: 'prompt',
  // registered from app code (features/offline/pwa.ts) on the phone pages, not by a script in index.html: the sign-in
  // page's first load stays as it was (scripts/check-budget.mjs)
  injectRegister: false,
  manifest: {
    name: '网格通 · Gridwork',
    short_name: '网格通',
    description: '网格员的手机工作台：走访、事项、离线记录',
    lang: 'zh-CN',
    start_url: '/m',
    scope: '/',
    display: 'standalone',
    // the phone pages' red (shared/mobile/theme.css --gw-red) and their background
    theme_color: '#c0392b',
    background_color: '#f7f8fa',
    // drawn in public/icons/*.svg, rendered by scripts/render-icons.sh
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The whole built app, office chunks included (about 3.8 MB, 1.1 MB gzipped, fetched once per version and only
    // the chunks that changed): some phone pages share chunks with Element Plus, and a page left out would not open
    // in a basement. The manifest's icons are added by the plugin; source maps and the build manifest stay out.
    globPatterns: ['**/*.{js,css,html}', 'favicon.svg', 'icons/apple-touch-icon.png'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // every page path is the app (history mode), except the API, which is never answered from a cache
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    // the first install takes the open page at once (it has no other version to mix with); later versions wait
    clientsClaim: true,
  },
})

export default defineConfig({
  plugins: [vue(), pwa],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    chunkSizeWarningLimit: 1500,
    // the manifest lets scripts/check-budget.mjs follow what the first page load fetches
    manifest: true,
    rollupOptions: {
      output: {
        // Libraries in chunks of their own, each loaded by the pages that use it: Element Plus by the office (its
        // icons apart: the router's menu uses a few), ECharts by the chart component, Vant by the phone pages.
        // Only the modules imported are bundled (the object form would pull in whole packages). Vue and its kin are
        // named too: Rollup would otherwise put what a library chunk shares with the entry into that library's chunk,
        // and the entry would load it.
        manualChunks(id) {
          // Rollup's helpers for CommonJS modules (Dexie, jsQR) would otherwise land in the first chunk that needs
          // them, Element Plus's, and a phone page using Dexie would load all of Element Plus for two small functions
          if (id.startsWith('\0commonjsHelpers')) return 'vue'
          if (/[\\/]node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/.test(id)) return 'vue'
          if (/[\\/]node_modules[\\/]@element-plus[\\/]icons-vue[\\/]/.test(id)) return 'icons'
          if (/[\\/]node_modules[\\/](element-plus|@element-plus)[\\/]/.test(id)) return 'element-plus'
          if (/[\\/]node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/.test(id)) return 'echarts'
          if (/[\\/]node_modules[\\/]vant[\\/]/.test(id)) return 'vant'
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    css: false,
    server: { deps: { inline: ['element-plus', 'vant'] } },
  },
})
