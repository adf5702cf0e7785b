// Vant draws some controls without accessible names (the stepper's −/+ buttons and input, the uploader's previews):
// these name them after Vant has rendered, for screen readers and axe.
import { nextTick, watch, type Ref } from 'vue'

/** Names a stepper's buttons and input inside `box` once it is on the page. */
export async function nameStepper(
  box: HTMLElement | null,
  names: { input: string; less: string; more: string },
): Promise<void> {
  await nextTick()
  box?.querySelector('.van-stepper__input')?.setAttribute('aria-label', names.input)
  box?.querySelector('.van-stepper__minus')?.setAttribute('aria-label', names.less)
  box?.querySelector('.van-stepper__plus')?.setAttribute('aria-label', names.more)
}

/** Gives every preview image inside `box` an alternative text, whenever the photos change. */
export function altForPreviews(
  box: Ref<HTMLElement | null>,
  photos: Ref<unknown[]>,
  altOf: (n: number) => string,
): void {
  watch(
    photos,
    async () => {
      await nextTick()
      box.value?.querySelectorAll('img').forEach((img, i) => img.setAttribute('alt', altOf(i + 1)))
    },
    { deep: true },
  )
}
