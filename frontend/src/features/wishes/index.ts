// The micro-wish feature's public surface: its pages come in through routes.ts; the phone home shows its tile.
export { default as WishEntry } from './mobile/WishEntry.vue'
