import { computed, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AreaNode, Role } from '@/shared/api/types'
import { scopeLevelsFor, scopeRequired } from '../model'
import { findNode } from '@/features/areas'

/**
 * The area scope of a form that gives someone a role (a staff account, an API client): the levels the role allows,
 * a hint naming them, and, when the role changes, the picked areas of levels it does not allow dropped.
 */
export function useRoleScope(form: { role: Role; areaIds: number[] }, tree: () => AreaNode[]) {
  const { t } = useI18n()
  const levels = computed(() => scopeLevelsFor(form.role))
  const scopeHint = computed(() =>
    scopeRequired(form.role)
      ? t('staff.areasHintLevel', { levels: levels.value.map((l) => t(`level.${l}`)).join('、') })
      : t('staff.areasHintAll'),
  )
  watch(
    () => form.role,
    () => {
      form.areaIds = form.areaIds.filter((id) => {
        const node = findNode(tree(), id)
        return !node || levels.value.includes(node.level)
      })
    },
  )
  return { levels, scopeHint }
}
