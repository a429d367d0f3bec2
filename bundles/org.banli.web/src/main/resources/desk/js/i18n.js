// Every text the desk shows, Chinese first and English second. The choice is kept in this browser.
const M = {
  'app.title': ['建议提案办理平台', 'Suggestions & Proposals Desk'],
  'lang.switch': ['English', '中文'],
  'nav.items': ['建议提案', 'Items'], 'nav.register': ['登记', 'Register'],
  'nav.queue': ['本单位待办', 'Our queue'], 'nav.approvals': ['待审定', 'To approve'], 'nav.mine': ['我的建议提案', 'My items'],
  'nav.dashboard': ['督办看板', 'Dashboard'], 'nav.reports': ['报表', 'Reports'], 'nav.assessment': ['考评', 'Assessment'],
  'nav.admin': ['系统管理', 'Administration'], 'nav.public': ['答复公开', 'Public replies'], 'nav.inbox': ['消息', 'Inbox'],
  'nav.logout': ['退出', 'Log out'], 'nav.login': ['登录', 'Log in'],
  'login.title': ['登录', 'Log in'], 'login.username': ['用户名', 'Username'], 'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Log in'], 'login.public': ['查看公开的答复（无需登录）', 'Public replies (no login)'],
  'password.title': ['修改密码', 'Change password'],
  'password.forced': ['您的密码是系统生成或管理员设置的初始密码，请先设置自己的密码。', 'Your password was generated or set by an administrator: set your own before going on.'],
  'password.current': ['当前密码', 'Current password'], 'password.new': ['新密码', 'New password'],
  'password.repeat': ['再次输入新密码', 'New password again'], 'password.mismatch': ['两次输入的新密码不一致', 'The two new passwords differ'],
  'password.submit': ['修改密码', 'Change password'],
  'common.none': ['无', 'none'], 'common.choose': ['请选择', 'Choose one'], 'common.remove': ['去掉{0}', 'Remove {0}'],
  'form.itemHint': ['输入编号，如 12', 'Type its number, e.g. 12'], 'form.noSuchItem': ['未找到“{0}”：请输入编号并从列表中选择', 'No item “{0}”: type its number and pick it from the list'],
  'common.reason': ['理由', 'Reason'], 'common.remark': ['意见', 'Remark'], 'common.date': ['日期', 'Date'],
  'common.loading': ['正在加载…', 'Loading…'], 'common.empty': ['暂无', 'Nothing here'], 'common.done': ['已完成', 'Done'],
  'common.year': ['年度', 'Year'], 'common.kind': ['类型', 'Kind'], 'common.page': ['第 {0} 页，共 {1} 条', 'page {0}, {1} in all'],
  'common.prev': ['上一页', 'Previous'], 'common.next': ['下一页', 'Next'], 'common.unit': ['单位', 'Unit'], 'common.filter': ['筛选', 'Filter'],
  'common.approve': ['同意', 'Approve'], 'common.refuse': ['不同意', 'Refuse'], 'common.notFound': ['未找到，或您无权查看。', 'Not found, or not yours to see.'],
  'common.saved': ['已保存', 'Saved'], 'common.error': ['操作未成功', 'That did not work'],
  'col.label': ['编号', 'Number'], 'col.title': ['标题', 'Title'], 'col.status': ['状态', 'Status'], 'col.host': ['主办单位', 'Host unit'],
  'col.deadline': ['答复期限', 'Deadline'], 'col.daysLeft': ['剩余天数', 'Days left'], 'col.submitter': ['提出人', 'Submitter'],
  'days.left': ['剩 {0} 天', '{0} days left'], 'days.overdue': ['逾期 {0} 天', '{0} days overdue'], 'days.today': ['今日到期', 'due today'],
  'item.body': ['内容', 'Text'], 'item.category': ['类别', 'Category'], 'item.coUnits': ['协办单位', 'Co-units'],
  'item.coSubmitters': ['附议代表（联名人）', 'Co-submitters'], 'item.delegation': ['代表团（界别）', 'Delegation (sector)'],
  'item.phone': ['联系电话', 'Telephone'], 'item.submittedOn': ['提出日期', 'Submitted on'],
  'item.proposedHost': ['拟主办单位', 'Proposed host'], 'item.proposedCo': ['拟协办单位', 'Proposed co-units'],
  'item.key': ['重点件', 'Key item'], 'item.leading': ['领办领导', 'Leading official'], 'item.registered': ['登记时间', 'Registered'],
  'item.timing': ['期限与预警', 'Deadlines and warnings'], 'item.timeline': ['办理过程', 'Timeline'], 'item.contacts': ['联系提出人', 'Contacts with the submitter'],
  'item.opinions': ['协办意见', 'Co-unit opinions'], 'item.requests': ['退回与延期申请', 'Return and extension requests'],
  'item.reply': ['答复', 'Reply'], 'item.ratings': ['满意度测评', 'Ratings'], 'item.notices': ['督办通知', 'Supervision notices'],
  'item.comments': ['领导批示', 'Leaders\' comments'], 'item.actions': ['下一步', 'Next steps'], 'item.merged': ['并入本件的件', 'Merged into this item'],
  'item.urgent': ['紧急', 'Urgent'], 'item.public': ['答复公开', 'Reply disclosed'], 'item.letter': ['查看答复函', 'Open the reply letter'], 'item.letterPdf': ['下载PDF', 'Download PDF'], 'item.letterDocx': ['下载Word', 'Download Word'],
  'timing.firstContact': ['首次联系期限', 'First contact by'], 'timing.returnUntil': ['申请退回截止', 'Return requests until'],
  'timing.coUnits': ['协办意见期限', 'Co-unit opinions by'], 'timing.latestExtension': ['最晚可延期至', 'Latest extension'],
  'timing.ratingBy': ['测评期限', 'Rating by'],
  'form.kind': ['类型', 'Kind'], 'form.year': ['年度', 'Year'], 'form.title': ['标题', 'Title'], 'form.body': ['内容', 'Text'],
  'form.submitter': ['提出人', 'Submitter'], 'form.category': ['类别', 'Category'], 'form.keyItem': ['设为重点件', 'Key item'],
  'form.leading': ['领办领导', 'Leading official'], 'form.urgent': ['紧急件', 'Urgent'], 'form.public': ['答复可公开', 'Reply may be disclosed'],
  'form.register': ['登记', 'Register'], 'form.registered': ['已登记：{0}', 'Registered: {0}'],
  'step.assign': ['交办', 'Assign'], 'step.reassign': ['改办', 'Reassign'], 'step.host': ['主办单位', 'Host unit'], 'step.co': ['协办单位', 'Co-units'],
  'step.accept': ['签收', 'Accept'], 'step.returnRequest': ['申请退回', 'Ask to return'], 'step.returnDecision': ['审批退回申请', 'Decide the return request'],
  'step.contact': ['记录联系', 'Record a contact'], 'step.phase': ['阶段', 'Phase'], 'step.method': ['方式', 'Method'],
  'step.participants': ['参加人员', 'Participants'], 'step.summary': ['情况摘要', 'Summary'],
  'step.opinion': ['提交协办意见', 'Send the co-unit opinion'], 'step.opinionText': ['协办意见', 'Opinion'],
  'step.extension': ['申请延期', 'Ask for an extension'], 'step.until': ['延至', 'Until'], 'step.extensionDecision': ['审批延期申请', 'Decide the extension'],
  'step.draft': ['拟写答复', 'Draft the reply'], 'step.replyClass': ['答复类别', 'Reply class'], 'step.limitReason': ['受限原因（C类）', 'Why not now (class C)'],
  'step.text': ['答复正文', 'Reply text'], 'step.commitments': ['承诺事项（B类）', 'Commitments (class B)'], 'step.commitment': ['承诺内容', 'Commitment'],
  'step.due': ['完成时限', 'Due'], 'step.addCommitment': ['增加一项承诺', 'Add a commitment'], 'step.remove': ['删除', 'Remove'],
  'step.signer': ['签发人', 'Signer'], 'step.contactPerson': ['联系人', 'Contact person'], 'step.contactPhone': ['联系电话', 'Contact phone'],
  'step.copyTo': ['抄送', 'Copy to'], 'step.saveDraft': ['保存答复稿', 'Save the draft'],
  'step.check': ['规范化检查：提交前须改正', 'Format check: to be put right before submission'], 'step.checkOk': ['规范化检查通过', 'The format check passes'],
  'step.minLength': ['至少 {0} 字，已写 {1} 字', 'at least {0} characters, {1} written'],
  'step.countersign': ['会签答复稿', 'Countersign the draft'], 'step.approve': ['审定答复', 'Approve the reply'],
  'step.sendBack': ['退回修改', 'Send back'], 'step.submitReply': ['提交答复', 'Submit the reply'],
  'step.review': ['审核答复', 'Review the reply'], 'step.acceptReply': ['审核通过', 'Accept'], 'step.returnReply': ['退回修改', 'Return for changes'],
  'step.rate': ['满意度测评', 'Rate the reply'], 'step.satisfaction': ['总体评价', 'Overall'], 'step.process': ['办理过程', 'Handling process'],
  'step.result': ['办理结果', 'Result'], 'step.comment': ['意见建议', 'Comment'],
  'step.confirm': ['确认', 'Confirm'], 'step.dispute': ['有异议', 'Dispute'], 'step.confirmContact': ['确认联系记录', 'Confirm the contact'],
  'step.notice': ['发督办通知', 'Issue a supervision notice'], 'step.noticeText': ['督办要求', 'What is required'],
  'step.respond': ['反馈督办通知', 'Respond to the notice'], 'step.response': ['反馈内容', 'Response'],
  'step.commentKey': ['领导批示', 'Comment'], 'step.merge': ['并案', 'Merge'], 'step.mergeItems': ['并入本件的件', 'Items to merge into this one'],
  'step.keyItem': ['重点件设定', 'Key item'], 'step.disclosure': ['答复公开', 'Disclosure'], 'step.close': ['办结', 'Close'],
  'step.consultation': ['记录当面协商', 'Record the consultation'], 'step.progress': ['承诺落实情况', 'Commitment progress'],
  'step.doneOn': ['完成日期（未完成则空）', 'Done on (empty if not yet)'], 'step.progressText': ['进展', 'Progress'],
  'reply.approvedBy': ['审定人', 'Approved by'],
  'reply.countersigned': ['已会签', 'Countersigned by'], 'reply.remark': ['修改意见', 'Remarks'],
  'contact.confirmed': ['提出人已确认', 'confirmed by the submitter'], 'contact.disputed': ['提出人有异议', 'disputed by the submitter'],
  'contact.open': ['待提出人确认', 'awaiting the submitter'],
  'queue.title': ['本单位待办', 'Our queue'], 'queue.nothing': ['暂无待办', 'Nothing to do now'],
  'queue.emptyGroups': ['以下暂无件', 'Nothing in'], 'queue.all': ['本单位全部件', 'All our items'], 'queue.toAccept': ['待签收', 'To accept'], 'queue.firstContact': ['首次联系到期', 'First contact due'],
  'queue.coUnits': ['待协办意见', 'Co-unit opinions awaited'], 'queue.draftDue': ['答复稿到期', 'Draft due'],
  'queue.returned': ['被退回修改', 'Returned for changes'], 'queue.toSubmit': ['待提交答复', 'To submit'],
  'queue.rehandling': ['重新办理', 'Rehandling'], 'queue.commitments': ['承诺待落实', 'Commitments due'],
  'queue.coHandled': ['协办件', 'Co-handled items'], 'queue.review': ['政府办审核中', 'With the office for review'],
  'queue.handling': ['其他办理中', 'Other items in hand'],
  'approvals.title': ['待审定的答复', 'Replies awaiting approval'],
  'mine.title': ['我的建议提案', 'My items'], 'mine.where': ['当前进度', 'Where it stands'],
  'office.toAssign': ['待交办', 'To assign'], 'office.toReview': ['待审核答复', 'Replies to review'], 'office.all': ['全部建议提案', 'All items'],
  'dash.title': ['督办看板', 'Supervision dashboard'], 'dash.overdue': ['逾期件', 'Overdue'], 'dash.atRisk': ['临期件（{0}天内）', 'Due within {0} days'],
  'dash.key': ['重点件', 'Key items'], 'dash.flagged': ['可疑测评', 'Flagged ratings'], 'dash.figures': ['各单位指标', 'Figures per unit'],
  'dash.total': ['办理件数', 'Items handled'],
  'metric.REPLY_RATE': ['办复率', 'Reply rate'], 'metric.ON_TIME_RATE': ['按期办复率', 'On-time rate'], 'metric.MEETING_RATE': ['见面率', 'Meeting rate'],
  'metric.SATISFACTION_RATE': ['满意率', 'Satisfaction rate'], 'metric.COMPLETION_RATE': ['办结率', 'Completion rate'],
  'metric.STANDARDIZATION': ['规范化', 'Standardization'], 'metric.COMMITMENTS_KEPT': ['承诺兑现率', 'Commitments kept'],
  'reports.title': ['报表', 'Reports'], 'reports.report': ['报表', 'Report'], 'reports.format': ['格式', 'Format'],
  'reports.download': ['下载', 'Download'], 'reports.item': ['答复函所属的件', 'The item (for a reply letter)'],
  'assess.title': ['考评排名', 'Assessment ranking'], 'assess.rule': ['规则', 'Rule'], 'assess.rank': ['名次', 'Rank'],
  'assess.score': ['得分', 'Score'], 'assess.why': ['说明', 'Explanation'],
  'admin.title': ['系统管理', 'Administration'], 'admin.reference': ['接口文档（供对接系统开发者）', 'API reference (for integrators)'],
  'admin.demo': ['演示数据', 'Demonstration data'], 'admin.demoWhat': ['生成一个演示年度：六个承办单位、各角色的演示账号，以及处于各个办理环节的建议提案，供培训和试用。已有的单位和账号沿用。', 'Makes a demonstration year: six handling units, demonstration accounts for every role, and items at every stage, for training and trials. Existing units and accounts are reused.'],
  'admin.demoCount': ['件数', 'Items'], 'admin.demoGenerate': ['生成演示数据', 'Generate'],
  'admin.demoMade': ['已生成{0}件，新建单位{1}个、账号{2}个', '{0} items made, {1} units and {2} accounts created'],
  'admin.demoPassword': ['新建演示账号的初始密码（只显示这一次，首次登录须修改）：', 'The new demonstration accounts\' initial password (shown once; changed at first login):'], 'admin.users': ['账号', 'Accounts'], 'admin.units': ['单位', 'Units'],
  'admin.plugins': ['已安装的插件', 'Installed plugins'], 'admin.outbox': ['消息发送状态', 'Outbox'],
  'admin.newUser': ['新建账号', 'New account'], 'admin.newUnit': ['新建单位', 'New unit'], 'admin.displayName': ['姓名', 'Name'],
  'admin.roles': ['角色', 'Roles'], 'admin.unitCode': ['所属单位', 'Unit'], 'admin.phone': ['手机', 'Mobile'], 'admin.email': ['电子邮箱', 'E-mail'],
  'admin.code': ['代码', 'Code'], 'admin.name': ['名称', 'Name'], 'admin.kind': ['类别', 'Kind'], 'admin.version': ['版本', 'Version'],
  'admin.bundle': ['模块', 'Bundle'], 'admin.channel': ['渠道', 'Channel'], 'admin.created': ['已创建：{0}', 'Created: {0}'],
  'account.state': ['状态', 'State'], 'account.active': ['正常', 'Active'], 'account.disabled': ['已停用', 'Disabled'],
  'account.mustChange': ['下次登录须改密码', 'Must change password'], 'account.createdAt': ['创建时间', 'Created'],
  'account.edit': ['修改账号', 'Edit the account'], 'account.save': ['保存修改', 'Save'], 'account.access': ['登录与密码', 'Logins and password'],
  'account.disable': ['停用账号', 'Disable the account'], 'account.disableConfirm': ['停用后{0}不能再登录，已有的登录随即结束。确定停用吗？', '{0} will no longer be able to log in, and their logins end at once. Disable?'],
  'account.disabledNow': ['账号已停用，其登录已结束', 'Disabled; its logins have ended'], 'account.enable': ['重新启用账号', 'Enable the account'],
  'account.enabled': ['账号已重新启用', 'Enabled again'], 'account.reset': ['重置密码', 'Reset the password'],
  'account.resetConfirm': ['重置后{0}的原密码随即失效，已有的登录随即结束。确定重置吗？', '{0}\'s password stops working at once, and their logins end. Reset?'],
  'account.temporary': ['临时密码：{0}（只显示这一次。请当面或电话告知本人，下次登录时须改为自己的密码。）', 'Temporary password: {0} (shown this once: hand it to the person, who must choose their own at the next login).'],
  'account.changes': ['变更记录', 'Audit record'], 'account.at': ['时间', 'When'], 'account.actor': ['操作人', 'By'],
  'account.what': ['变更', 'Change'], 'account.detail': ['内容', 'Details'],
  'change.CREATED': ['创建账号', 'Created'], 'change.EDITED': ['修改资料', 'Edited'], 'change.DISABLED': ['停用', 'Disabled'],
  'change.ENABLED': ['重新启用', 'Enabled again'], 'change.PASSWORD_RESET': ['管理员重置密码', 'Password reset by an administrator'],
  'change.PASSWORD_CHANGED': ['本人修改密码', 'Password changed by its owner'],
  'plugin.channel': ['消息渠道', 'channel'], 'plugin.format': ['报表格式', 'report format'], 'plugin.rule': ['考评规则', 'assessment rule'],
  'outbox.pending': ['待发送', 'Pending'], 'outbox.delivered': ['已送达', 'Delivered'], 'outbox.failed': ['发送失败', 'Failed'],
  'replyState.DRAFT': ['拟稿', 'draft'], 'replyState.APPROVED': ['已审定', 'approved'], 'replyState.SUBMITTED': ['待审核', 'submitted'], 'replyState.ACCEPTED': ['已答复', 'accepted'],
  'public.title': ['建议提案答复公开', 'Disclosed replies'], 'public.unit': ['答复单位', 'Replying unit'],
  'nav.assign': ['交办会', 'Assignment meeting'], 'assign.title': ['交办会：一次交办本年度建议提案', 'Assignment meeting: assign the year\'s batch'],
  'assign.show': ['显示', 'Show'], 'assign.none': ['{0}年没有尚未交办的建议提案', 'No item of {0} is waiting to be assigned'],
  'assign.hint': ['每件已按往年相似件的主办单位、类别对照表和交办表填好建议的主办、协办单位：可采纳、修改，或取消勾选暂不交办；确认后一次交办所有勾选的件，任何一件有问题则一件也不交办。',
    'Each item comes with a suggested host and co-units, from who handled similar items in earlier years, the category table and the sheet: accept, change, or untick to leave an item; one confirmation assigns every ticked item, or none if any is refused.'],
  'assign.replyBy': ['答复最后时限', 'Latest reply date'],
  'assign.replyByHint': ['每件的答复期限取此日期与规定期限中较早者，紧急件保留其较短期限；延期照常申请。留空则只按规定期限。',
    'Each item is due by the earlier of this date and the rule; urgent items keep their shorter deadline; extensions still apply. Empty: by the rule alone.'],
  'assign.reason': ['交办说明', 'Note in the history'], 'assign.defaultReason': ['{0}年交办会交办', 'Assigned at the {0} assignment meeting'],
  'assign.take': ['交办', 'Assign'], 'assign.host': ['主办单位', 'Host unit'], 'assign.coUnits': ['协办单位', 'Co-units'],
  'assign.chooseHost': ['（选择主办单位）', '(choose the host)'], 'assign.noSuggestion': ['无建议：请选择', 'No suggestion: choose one'],
  'assign.count': ['共 {0} 件，勾选交办 {1} 件', '{0} items, {1} ticked to assign'], 'assign.confirm': ['确认交办 {0} 件', 'Assign {0} items'],
  'assign.done': ['已交办 {0} 件', '{0} items assigned'], 'assign.dueBy': ['，答复期限 {0}', ', due {0}'],
  'assign.refused': ['有 {0} 处问题，一件也未交办：', '{0} problems; nothing was assigned:'],
  'col.category': ['类别', 'Category'],
  'import.noAccount': ['表中 {0} 位领衔代表、委员尚无账号：{1}。', '{0} lead submitters of the sheet have no account: {1}.'],
  'import.createSubmitters': ['为这 {0} 位建立账号', 'Make accounts for these {0}'],
  'import.willCreate': ['导入时将为 {0} 位提出人建立账号：{1}', 'The import makes accounts for {0} submitters: {1}'],
  'import.accountsMade': ['已为 {0} 位提出人建立账号。临时密码只显示这一次：请记下转交本人，首次登录须修改。',
    'Accounts made for {0} submitters. Each temporary password is shown this once: note it and hand it over; it must be changed at the first login.'],
  'import.account': ['账号', 'Account'], 'import.temporaryPassword': ['临时密码', 'Temporary password'],
  'import.templates': ['下载导入模板：', 'Download a template:'],
  'import.sending': ['正在上传表格…', 'Sending the sheet…'],
  'import.stage.READ': ['已读出 {1} 行', '{1} rows read'],
  'import.stage.CHECKED': ['正在核对：{0} / {1} 行', 'Checking: {0} of {1} rows'],
  'import.stage.COMPARED': ['正在查找相似件：{0} / {1} 行', 'Finding similar items: {0} of {1} rows'],
  'nav.import': ['导入', 'Import'], 'import.title': ['导入建议提案', 'Import the year\'s batch'],
  'import.file': ['表格文件（xlsx 或 csv）', 'Spreadsheet (xlsx or csv)'],
  'import.hint': ['表头可为：编号、标题（案由）、类别、领衔代表（第一提案人）、附议代表（联名提案人）、代表团（界别）、内容、联系电话、拟主办单位、拟协办单位、是否重点、是否公开、提出日期；先预览，确认后才登记',
    'Headers such as 编号, 标题 (案由), 类别, 领衔代表 (第一提案人), 附议代表 (联名提案人), 代表团 (界别), 内容, 联系电话, 拟主办单位, 拟协办单位, 是否重点, 是否公开, 提出日期; a preview first, nothing registered before you confirm'],
  'import.noFile': ['请选择表格文件', 'Choose the spreadsheet'], 'import.preview': ['预览', 'Preview'],
  'import.summary': ['共 {0} 行：将登记 {1} 件，此前已登记 {2} 件', '{0} rows: {1} to register, {2} registered before'],
  'import.done': ['已登记 {0} 件，此前已登记的 {1} 件未变', 'Registered {0}; {1} registered before, left as they were'],
  'import.problems': ['表中有 {0} 处问题：改正表格后重新预览，在此之前一件也不会登记。', 'The sheet has {0} problems: put them right and preview again; nothing is registered before that.'],
  'import.at': ['第{0}行“{1}”：{2}', 'row {0}, {1}: {2}'], 'import.confirm': ['确认导入 {0} 件', 'Import {0} items'],
  'import.nextNumber': ['（顺延）', '(next)'],
  'similar.title': ['相似件', 'Similar items'], 'similar.loading': ['正在查找相似件…', 'Looking for similar items…'],
  'similar.duplicates': ['本年同类可能重复件（可并案）', 'This year\'s likely duplicates (merge candidates)'],
  'similar.otherYears': ['往年同一事项', 'The same matter in other years'], 'similar.none': ['没有', 'None'],
  'similar.noEngine': ['未安装相似件引擎', 'No similarity engine is installed'],
  'similar.incomplete': ['本节点仍在建立相似件索引，结果可能不全', 'This node is still building its index: more may be found later'],
  'similar.score': ['相似度 {0}%', 'alike {0}%'], 'similar.shared': ['共有词语：{0}', 'shared words: {0}'],
  'similar.host': ['主办：{0}', 'host: {0}'], 'similar.merge': ['并入本件', 'Merge into this item'],
  'similar.rows': ['与表中第 {0} 行相似', 'Like row {0} of the sheet'], 'similar.merged': ['已并入他件', 'merged into another'],
  'similar.found': ['可能重复 {0} 件，往年同一事项 {1} 件', '{0} likely duplicates, {1} of other years'], 'col.similar': ['相似件', 'Similar items'],
  'col.row': ['行', 'Row'], 'col.outcome': ['结果', 'Outcome'], 'col.coSubmitters': ['附议', 'Co-submitters'],
  'col.proposedHost': ['拟主办', 'Proposed host'], 'col.proposedCo': ['拟协办', 'Proposed co-units'], 'col.key': ['重点', 'Key'],
  'col.public': ['公开', 'Public'], 'common.yes': ['是', 'yes'],
  'outcome.NEW': ['将登记', 'to register'], 'outcome.registered': ['已登记', 'registered'],
  'outcome.ALREADY_REGISTERED': ['此前已登记', 'registered before'], 'outcome.REFUSED': ['有问题', 'has problems'],
  'inbox.title': ['我的消息', 'My inbox'], 'inbox.markRead': ['标为已读', 'Mark read'], 'inbox.markAllRead': ['全部标为已读', 'Mark all read'], 'inbox.unread': ['未读', 'unread'],
};

/** The names of the API's enumerated values, in both languages, as the server gives them (GET /labels). */
let served = {};

/** Fetches the names of the API's values once, before the first page is drawn. */
export async function loadLabels() {
  try {
    const response = await fetch('/api/v1/labels', { headers: { Accept: 'application/json' } });
    if (response.ok) served = await response.json();
  } catch { /* the server is away: values show as they are until the next load */ }
}

let lang = localStorage.getItem('banli.lang') === 'en' ? 'en' : 'zh';

export function language() {
  return lang;
}

export function switchLanguage() {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('banli.lang', lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The text of a key in the chosen language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const pair = M[key];
  const text = pair ? pair[lang === 'zh' ? 0 : 1] : key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The label of an enum value of the API (status, action, kind, role, phase, method, replyClass, limitReason, satisfaction, warning). */
export function label(kind, value) {
  if (value == null) return '';
  const names = served[kind]?.[value];
  if (!names) return value;
  if (lang === 'zh') return kind === 'replyClass' ? `${value}类 ${names.zh}` : names.zh;
  const english = names.en.charAt(0).toUpperCase() + names.en.slice(1);
  return kind === 'replyClass' ? `${value}: ${names.en}` : english;
}

/** The values of an enumeration, in the server's order. */
export function values(kind) {
  return Object.keys(served[kind] ?? {});
}

/** Banli's messages are "中文 (English)": the part in the chosen language. */
export function localize(message) {
  if (!message) return '';
  const match = /^([\s\S]*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(message);
  if (!match || !/[\u4e00-\u9fff]/.test(match[1])) return message;
  return lang === 'zh' ? match[1] : match[2];
}
