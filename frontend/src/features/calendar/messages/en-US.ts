import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    workingCalendar: 'Working calendar',
  },
  workCalendar: {
    title: 'Working calendar',
    year: 'Year',
    yearOption: '{year}',
    entered: 'Entered',
    notEntered: 'Not entered',
    notEnteredHint:
      'The holidays of {year} have not been entered yet: deadlines count Monday to Friday as working days. Enter them here once the State Council publishes them.',
    counts: '{holidays} holidays · {adjusted} adjusted working days',
    source: 'Source',
    sourcePlaceholder: 'e.g. the State Council notice on the 2027 public holidays',
    editHint: 'Click a day to make it a holiday or an adjusted working day, or back to normal',
    unsaved: 'Unsaved changes',
    discard: 'Discard changes',
    confirmDiscard: 'Discard the unsaved changes?',
    saved: 'Working calendar {year} of {calendar} saved',
    platformDefault: 'Platform default',
    calendarOf: 'Calendar of',
    writable: 'editable',
    readOnly: 'read-only',
    state: {
      own: 'Own',
      inherited: 'Platform default',
      notEntered: 'Not entered',
    },
    inheritedHint:
      '{calendar} has no calendar of its own for {year} and follows the platform default: deadlines count on the days below.',
    inheritedNotEnteredHint:
      '{calendar} has no calendar of its own for {year}, and the platform default has not entered the year either: deadlines count Monday to Friday as working days.',
    startOwn: 'Start an own calendar from the platform default',
    startingOwnHint:
      'Starting the own {year} calendar of {calendar}: the days of the platform default are filled in; add or remove local holidays and adjusted working days, then save. From then on, changes to the platform default no longer apply to this year here.',
    ownHint:
      'This is the own {year} calendar of {calendar}; its deadlines count on it. Later changes to the platform default do not apply to it.',
    platformReadOnlyHint:
      'Only a street-admin of the whole platform may change the platform default. If your sub-district differs, choose it above and start its own calendar.',
    drop: 'Follow the platform default again',
    confirmDrop:
      'Delete the own {year} calendar of {calendar} and follow the platform default again? Deadlines already set stay; later ones count on the platform default.',
    dropped: '{calendar} follows the platform default for {year} again',
    fixMarked: 'Correct the days marked in red',
    listTitle: 'Holidays and adjusted working days, {year}',
    noDays: 'No holidays or adjusted working days',
    date: 'Date',
    kindLabel: 'Kind',
    kind: {
      HOLIDAY: 'Holiday',
      ADJUSTED_WORKDAY: 'Adjusted working day',
    },
    markHoliday: 'off',
    markWork: 'work',
    workingDay: 'working day',
    restDay: 'Rest day',
    workingDaysCount: '{n} working days',
    normalWork: 'Ordinary working day',
    normalRest: 'Ordinary rest day',
    adjustedWeekendOnly: 'Only a Saturday or Sunday can be an adjusted working day',
    name: 'Name',
    namePlaceholder: 'e.g. National Day',
    nameRequired: 'A holiday needs a name',
    dayTitle: '{date} ({weekday})',
    weekday: {
      0: 'Mon',
      1: 'Tue',
      2: 'Wed',
      3: 'Thu',
      4: 'Fri',
      5: 'Sat',
      6: 'Sun',
    },
  },
}

export default enUS
