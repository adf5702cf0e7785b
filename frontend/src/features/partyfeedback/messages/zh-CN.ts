const zhCN = {
  nav: {
    partyFeedback: '反馈单',
  },
  partyFeedback: {
    filterYear: '年度',
    filterArea: '区域',
    filterEmployer: '工作单位',
    filterRating: '评定等次',
    employerOption: '{name}（{members}人，已评{rated}人）',
    allEmployers: '全部单位',
    unrated: '未评定',
    name: '姓名',
    community: '报到社区',
    employer: '工作单位',
    hours: '确认服务时长（小时）',
    posts: '认领岗位',
    wishes: '点亮微心愿',
    rating: '评定等次',
    comment: '社区意见',
    ratedBy: '评定人',
    actions: '操作',
    rate: '评定',
    pdf: 'PDF',
    exportXlsx: '导出单位反馈表',
    exportHint: '先选择工作单位，再导出该单位的反馈表',
    empty: '没有符合条件的反馈单',
    rateTitle: '评定：{name}',
    figures: '{year}年度：确认服务时长 {hours} 小时，认领岗位 {posts} 个，点亮微心愿 {wishes} 个',
    ratingRequired: '请选择评定等次',
    commentPlaceholder: '对该党员本年度表现的意见（将反馈给其工作单位）',
    saved: '已保存评定',
    printTitle: '在职党员到社区报到服务情况反馈单',
    definitions:
      '确认服务时长：本人志愿服务时长记录中服务日期在本年度、经确认的时长合计（含冲销）；认领岗位：本年度报到期间认领过的岗位个数（含已释放）；点亮微心愿：本人认领并经网格员确认、于本年度实现的微心愿个数。',
    ratingName: {
      EXCELLENT: '优秀',
      QUALIFIED: '合格',
      UNQUALIFIED: '不合格',
    },
  },
}

export default zhCN
