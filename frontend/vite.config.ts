/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const apiTarget = process.env.GRIDWORK_API_URL || 'http://localhost:8080'
// '/api/' with its slash: a bare '/api' prefix would also send the page /api-clients to the backend on a reload
const apiProxy = { '/api/': { target: apiTarget, changeOrigin: true } }

export default defineConfig({
  plugins: [vue()],
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
