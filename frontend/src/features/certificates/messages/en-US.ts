export default {
  nav: {
    hoursExport: 'Hours export',
    mobileCertificate: 'Service certificate',
  },
  certificate: {
    button: 'Certificate',
    title: 'Issue a service certificate',
    intro:
      'The certificate lists the confirmed hours of the period (per activity), with the ID number masked. Printing the same period again while its hours are unchanged keeps the number.',
    period: 'Period',
    download: 'Download',
    done: 'Certificate downloaded',
    thisYear: 'This year',
    lastYear: 'Last year',
    from: 'From',
    to: 'To',
    problem: {
      REQUIRED: 'Choose a period',
      REVERSED: 'The end must not be before the start',
      FUTURE: 'The end must not be after today',
      TOO_LONG: 'An export covers at most 366 days',
    },
    mobileIntro: 'Choose a period and download your service certificate (PDF). Only confirmed hours count.',
    entry: 'Service certificate',
    entryHint: 'Download a certificate of your confirmed hours',
  },
  hoursExport: {
    intro:
      'Exports the confirmed volunteer hours of the period in your scope, one row per volunteer and activity (name, ID number, volunteer number, team, activity, dates, hours), for upload to the national volunteer system.',
    area: 'Area',
    wholeScope: 'Whole scope',
    plaintext: 'Export full ID numbers',
    plaintextHint: 'Full numbers are for the upload only; the export is written to the audit log.',
    reason: 'Reason',
    reasonRequired: 'Give a reason for the export',
    reasonTooLong: 'At most 500 characters',
    start: 'Export to Excel',
    done: '{rows} rows exported',
  },
}
