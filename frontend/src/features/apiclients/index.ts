// The API clients feature's public surface. No other feature uses it yet; its page comes in through routes.ts.
export { getApiClient, listApiClients } from './api'
