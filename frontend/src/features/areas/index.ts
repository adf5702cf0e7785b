// The areas feature's public surface: what other features (and the app) use of it. Everything else in this folder is
// its own.
export { buildingsOf, getArea, getAreaTree, listAreas } from './api'
export { findNode, myAreasTitleKey, pathTo, walk } from './model/tree'
export { useAreaTree } from './office/areaTree'
export { default as AreaChips } from './office/AreaChips.vue'
export { default as AreaLevelTag } from './office/AreaLevelTag.vue'
export { default as AreaPicker } from './office/AreaPicker.vue'
export { default as MyAreas } from './mobile/MyAreas.vue'
