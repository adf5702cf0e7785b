// The phone's reports of its own syncs (issue 17): after each successful drain or worklist refresh, and when the
// worker signs out there, so that the office knows which devices still held unsent work.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { StaffDeviceView } from '@/shared/api/types'
import { deviceLabel } from './model/device'

/**
 * Records a successful sync of this device (its id made on the device, a UUID) with the items it still holds unsent;
 * the server keeps its own time as the last sync. The label is made from the browser's User-Agent.
 */
export async function reportDeviceSync(
  deviceId: string,
  unsentCount: number,
  userAgent: string = globalThis.navigator?.userAgent ?? '',
): Promise<StaffDeviceView> {
  return unwrap(
    await api.PUT('/api/me/devices/{deviceId}', {
      params: { path: { deviceId } },
      body: { label: deviceLabel(userAgent), unsentCount },
    }),
  )
}

/** Signing out on this device: the office stops counting it (a device never reported is no error). */
export async function forgetDevice(deviceId: string): Promise<void> {
  unwrap(await api.DELETE('/api/me/devices/{deviceId}', { params: { path: { deviceId } } }))
}
