import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    visitLog: 'Visit log',
    visitDetail: 'Visit',
  },
  visit: {
    area: 'Area',
    anyArea: 'All areas',
    visitor: 'Visitor',
    visitorId: 'Visitor id',
    anyOutcome: 'Any outcome',
    anyMode: 'Any mode',
    period: 'Visit days',
    from: 'From',
    to: 'To',
    day: 'Day',
    household: 'Household',
    mode: 'Mode',
    outcome: 'Outcome',
    photos: 'Photos',
    issues: 'Issues',
    empty: 'No visits yet',
    visitedAt: 'Visited (device time)',
    receivedAt: 'Received (server time)',
    location: 'Location',
    accuracy: 'accurate to about {n} m',
    noLocation: 'No location: {reason}',
    members: 'Members seen',
    livingConditions: 'Living conditions',
    needs: 'Needs',
    answers: 'Questions',
    notes: 'Notes',
    noneRecorded: 'None',
    issuesRaised: 'Issues raised',
    counted: 'Counted for',
    countingNote: {
      attempt: 'Nobody was met (nobody at home, refused or wrong address): an attempt, which never counts.',
      counted: 'The visit counted for these obligations; several visits on one day count once.',
      notCounted:
        'The visit counted for no obligation (a mode the rule does not count, a visitor not responsible, or already done).',
    },
    kind: 'As',
    pairing: 'Pairing',
    history: 'Visit history',
    open: 'Open',
  },
}

export default enUS
