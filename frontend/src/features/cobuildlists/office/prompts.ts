// Small office helpers of the co-building pages: a reason asked in a box, and the units of the caller's sub-district
// to choose from (read from the ranking, which lists every active unit, so the units part's API is not needed).
import { ref } from 'vue'
import { ElMessageBox } from 'element-plus'
import { t } from '@/shared/i18n'
import { getRanking, type PointsRankingRow } from '../api'

/** The reason typed into a prompt; null when the user cancelled. */
export async function askReason(title: string): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(t('cobuild.reason'), title, {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      inputValidator: (v: string) => (v && v.trim() ? true : t('cobuild.reasonRequired')),
      inputPlaceholder: t('cobuild.reason'),
    })
    return value.trim()
  } catch {
    return null
  }
}

/** The active units of the caller's sub-district, by name. */
export function useUnitOptions() {
  const units = ref<PointsRankingRow[]>([])
  async function loadUnits(): Promise<void> {
    const ranking = await getRanking({}).catch(() => undefined)
    units.value = [...(ranking?.items ?? [])].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))
  }
  return { units, loadUnits }
}
