// The volunteer statistics' public surface (the office page comes in through routes.ts): the API, for the workbench.
export { getVolunteerStats, type VolunteerStats } from './api'
