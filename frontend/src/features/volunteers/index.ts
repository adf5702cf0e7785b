// The volunteers feature's public surface: what other features and the app use of it.
export { getVolunteer, listVolunteers, listVolunteerTeams } from './api'
export { default as MyVolunteerEntry } from './mobile/MyVolunteerEntry.vue'
