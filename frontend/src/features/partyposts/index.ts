// The party posts feature's public surface: the phone home's tile.
export { default as PartyPostsEntry } from './mobile/PartyPostsEntry.vue'
