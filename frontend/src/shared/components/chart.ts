// The office's charts: vue-echarts' <v-chart>, loaded with ECharts when a chart is first drawn, so that a page
// without charts (and every phone page) never downloads the chart library.
import { defineAsyncComponent } from 'vue'

export const LazyChart = defineAsyncComponent(() => import('./chartLibrary').then((m) => m.default))
