export default {
  nav: {
    volunteerStats: 'Volunteer statistics',
  },
  volunteerStats: {
    from: 'From',
    to: 'To',
    area: 'Area',
    wholeScope: 'All in scope',
    generated: '{area}, as of {at}',
    noData: 'No data',
    definitions: 'Definitions',
    byCommunity: 'By community',
    byTeam: 'By team (top 20 by hours)',
    byCategory: 'By activity category',
    figure: {
      teams: 'Volunteer teams',
      registeredVolunteers: 'Registered volunteers',
      activeVolunteers: 'Active volunteers',
      activities: 'Activities held',
      services: 'Services (person-times)',
      hours: 'Confirmed hours',
    },
    column: {
      community: 'Community',
      team: 'Team',
      category: 'Activity category',
    },
    chart: {
      hoursAxis: 'Hours',
    },
    ranking: {
      title: 'Volunteers by confirmed hours',
      rank: 'Rank',
      name: 'Name',
      community: 'Community',
    },
  },
}
