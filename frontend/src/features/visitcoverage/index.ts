// The visit coverage's public surface (the office page comes in through routes.ts): the caller's own coverage card,
// for the phone helper's pages.
export { default as MyCoverageCard } from './mobile/MyCoverageCard.vue'
