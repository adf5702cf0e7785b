// The registry's public surface: what other features use of it. Everything else in this folder is its own.
export { householdMembers, searchHouseholds, searchResidents } from './api'
export { default as HouseholdSelect } from './office/HouseholdSelect.vue'
export { default as MaskedValue } from './office/MaskedValue.vue'
export { default as DictSelect } from './office/DictSelect.vue'
export { default as DictTags } from './office/DictTags.vue'
export { useDictionaryStore } from './dictionary'
export { default as RegistryLookupEntry } from './mobile/RegistryLookupEntry.vue'
export { default as RevealCell } from './mobile/RevealCell.vue'
