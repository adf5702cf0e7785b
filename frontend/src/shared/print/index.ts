// Printing on A4: a Print button, the title block and plain tables whose header repeats on every sheet (print.css).
export { default as PrintButton } from './PrintButton.vue'
export { default as PrintTitle } from './PrintTitle.vue'
export { default as PrintTable } from './PrintTable.vue'
export type { PrintColumn } from './columns'
