// The phone's visit feature (issue 15): its pages come in through routes.ts; the phone home shows its tiles.
export { default as VisitEntries } from './mobile/VisitEntries.vue'
