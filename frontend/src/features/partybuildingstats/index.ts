// The party-building statistics' public surface (the office page comes in through routes.ts): the API.
export { getPartyBuildingStats, type PartyBuildingStats } from './api'
