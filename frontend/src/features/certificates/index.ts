// The certificates feature's public surface: the office button for a volunteer's certificate (the volunteer detail
// places it) and the phone home's entry to one's own.
export { default as CertificateButton } from './office/CertificateButton.vue'
export { default as CertificateEntry } from './mobile/CertificateEntry.vue'
