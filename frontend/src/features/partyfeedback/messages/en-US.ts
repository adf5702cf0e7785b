import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    partyFeedback: 'Feedback forms',
  },
  partyFeedback: {
    filterYear: 'Year',
    filterArea: 'Area',
    filterEmployer: 'Employer',
    filterRating: 'Rating',
    employerOption: '{name} ({members} members, {rated} rated)',
    allEmployers: 'All employers',
    unrated: 'Not rated',
    name: 'Name',
    community: 'Community',
    employer: 'Employer',
    hours: 'Confirmed hours',
    posts: 'Posts held',
    wishes: 'Wishes realised',
    rating: 'Rating',
    comment: 'Community’s comment',
    ratedBy: 'Rated by',
    actions: 'Actions',
    rate: 'Rate',
    pdf: 'PDF',
    exportXlsx: 'Employer’s workbook',
    exportHint: 'Choose an employer to export its workbook',
    empty: 'No feedback forms match',
    rateTitle: 'Rate: {name}',
    figures: '{year}: {hours} confirmed hours, {posts} posts held, {wishes} wishes realised',
    ratingRequired: 'Choose a rating',
    commentPlaceholder: 'The community’s comment on the member’s year (sent to the employer)',
    saved: 'Rating saved',
    printTitle: 'Feedback on in-service party members’ service in the community',
    definitions:
      'Confirmed hours: the confirmed minutes of the member’s hours ledger dated in the year (reversals included); posts held: the posts claimed through the year’s reports (released ones included); wishes realised: the member’s wish claims confirmed by the grid worker and realised in the year.',
    ratingName: {
      EXCELLENT: 'Excellent',
      QUALIFIED: 'Qualified',
      UNQUALIFIED: 'Unqualified',
    },
  },
}

export default enUS
