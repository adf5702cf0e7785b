// The workbench's public surface: the phone home's to-do block (the office page comes in through routes.ts).
export { default as WorkbenchPhoneSummary } from './mobile/WorkbenchPhoneSummary.vue'
