// Signing out on a device (phone or office): the worker's unsent records would be lost with it, so they are asked
// first; then their profile, worklist and outbox leave the device, and only then the Keycloak session ends.
import { clearDevice } from './profile'
import { unsentCount } from './outbox'
import { deviceId } from './deviceId'
import { forgetDevice } from './api'

/**
 * `confirm` gets the number of unsent records (0 too: the office always asks) and answers whether to go on.
 * False when the worker stayed.
 */
export async function signOutOfDevice(
  owner: string | undefined,
  confirm: (unsent: number) => Promise<boolean>,
  logout: () => Promise<void>,
): Promise<boolean> {
  // read from the device, not from a count on screen that may be a moment behind
  const unsent = owner ? await unsentCount(owner).catch(() => 0) : 0
  if (!(await confirm(unsent))) return false
  if (owner) {
    // the office stops counting this device (offline this fails: its last report stays, which is the truth)
    await deviceId()
      .then(forgetDevice)
      .catch((e: unknown) => console.error(e))
    await clearDevice(owner).catch((e: unknown) => console.error(e))
  }
  await logout()
  return true
}
