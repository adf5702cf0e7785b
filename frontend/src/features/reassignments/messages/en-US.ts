import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    reassignments: 'Reassignments',
  },
  reassign: {
    open: 'Bulk reassignment',
    dialogTitle: 'Hand pairings and visits over',
    intro:
      'Every active pairing of the first helper ends (reason: handed over) and the new helper continues it; the open visits (overdue ones too) go to the new helper.',
    from: 'From',
    to: 'To',
    searchHelper: 'Type a name: staff or volunteers',
    noAccount: 'no sign-in account',
    area: 'Area',
    anyArea: 'All of my areas',
    includeGrid: "Also hand over the visits this person owes as the grid's worker",
    reason: 'Reason',
    reasonPlaceholder: 'e.g. the grid worker moved to another post',
    sameHelper: 'Choose someone other than the helper the pairings move from',
    preview: 'Preview',
    previewAgain: 'The form changed: preview again',
    confirm: 'Hand over',
    pairings: 'Pairings',
    obligations: 'Pairing visits',
    gridObligations: 'Grid visits',
    nothingToMove: 'There is nothing to hand over',
    firstRows: 'First {n}',
    done: 'Handed over: {pairings} pairings, {obligations} visits',
    doneNothing: 'Nothing to hand over; the attempt is recorded',
    kind: 'What',
    household: 'Household',
    grid: 'Grid',
    type: 'Pairing type',
    rule: 'Visit rule',
    due: 'Due',
    state: 'State',
    doneAt: 'When',
    doneBy: 'By',
    movedTotal: 'Total',
    historyEmpty: 'No reassignments yet',
    moved: 'What moved',
    newPairing: 'Continued as',
    rowKind: {
      PAIRING: 'Pairing',
      PAIRING_OBLIGATION: 'Pairing visit',
      GRID_OBLIGATION: 'Grid visit',
    },
  },
}

export default enUS
