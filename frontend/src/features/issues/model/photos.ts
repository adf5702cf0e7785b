// What the server takes as an issue photo (checked there by content): JPEG, PNG or WebP of at most 5 MB, 9 per issue.
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const MAX_ISSUE_PHOTOS = 9
