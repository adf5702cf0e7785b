export default {
  nav: {
    volunteerStats: '志愿服务统计',
  },
  volunteerStats: {
    from: '开始日期',
    to: '结束日期',
    area: '统计区域',
    wholeScope: '管辖范围合计',
    generated: '{area}，统计时间 {at}',
    noData: '暂无数据',
    definitions: '统计口径',
    byCommunity: '按社区',
    byTeam: '按服务队（服务时长前20）',
    byCategory: '按活动类别',
    figure: {
      teams: '志愿服务队',
      registeredVolunteers: '注册志愿者',
      activeVolunteers: '活跃志愿者',
      activities: '开展志愿服务',
      services: '服务人次',
      hours: '服务时长（小时）',
    },
    column: {
      community: '社区',
      team: '服务队',
      category: '活动类别',
    },
    chart: {
      hoursAxis: '小时',
    },
    ranking: {
      title: '志愿者服务时长排行',
      rank: '名次',
      name: '姓名',
      community: '所属社区',
    },
  },
}
