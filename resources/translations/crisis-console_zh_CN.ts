<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>Baseline, current count, spread and the mentions behind this alert</source>
        <translation>基准值、当前数量、离散程度，以及触发此警报的提及</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode (Ctrl+Shift+C)</source>
        <translation>以这些提及创建事件并切换到危机模式 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Mark this alert as seen (recorded in the audit log)</source>
        <translation>将此警报标为已读（记录在审计日志中）</translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation>加入事件</translation>
    </message>
    <message>
        <source>Add this alert&apos;s mentions to the crisis incident</source>
        <translation>将此警报的提及加入危机事件</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演练 · </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Explain the latest alert</source>
        <translation>说明最新警报</translation>
    </message>
    <message>
        <source>Why the newest alert was raised, with its mentions</source>
        <translation>最新警报为何触发，以及相关提及</translation>
    </message>
    <message>
        <source>Sound on new alerts</source>
        <translation>新警报时播放提示音</translation>
    </message>
    <message>
        <source>Play a chime when an alert arrives</source>
        <translation>收到警报时播放提示音</translation>
    </message>
    <message>
        <source>Show Crisis Console</source>
        <translation>显示 Crisis Console</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>无法读取警报：%1</translation>
    </message>
    <message>
        <source>No alert has been raised in this workspace</source>
        <translation>此工作区尚未触发任何警报</translation>
    </message>
    <message>
        <source>Could not dismiss the alert</source>
        <translation>无法关闭此警报</translation>
    </message>
</context>
<context>
    <name>AlertExplanation</name>
    <message>
        <source>Spike</source>
        <translation>激增</translation>
    </message>
    <message>
        <source>Source went dark</source>
        <translation>来源中断</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>严重提及</translation>
    </message>
    <message>
        <source>Coordinated campaign</source>
        <translation>协同操作</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>平常</translation>
    </message>
    <message>
        <source>Spread (σ)</source>
        <translation>波动（σ）</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Above usual</source>
        <translation>高于平常</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Top severity</source>
        <translation>最高严重度</translation>
    </message>
    <message>
        <source>Failures in a row</source>
        <translation>连续失败</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>沉寂时间</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>New among them</source>
        <translation>其中新作者</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Alert explained</source>
        <translation>警报说明</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>在看板上显示</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode</source>
        <translation>以这些提及创建事件并切换到危机模式</translation>
    </message>
    <message>
        <source>Alert %1 explained</source>
        <translation>警报 %1 说明</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演练 · </translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation>%1 警报</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>触发于 %1</translation>
    </message>
    <message>
        <source>watch term “%1”</source>
        <translation>监测词“%1”</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n mention(s) behind this alert</source>
        <translation>
            <numerusform>触发此警报的 %n 条提及</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of the %2 mentions behind this alert</source>
        <translation>触发此警报的 %2 条提及中最新的 %1 条</translation>
    </message>
    <message>
        <source>This alert could not be read: %1</source>
        <translation>无法读取此警报：%1</translation>
    </message>
</context>
<context>
    <name>AskName</name>
    <message>
        <source>Who is at the desk? Your name, as the crisis team&apos;s contacts list it, goes on ticks, drafts, approvals and the audit log.</source>
        <translation>谁在值班？您的名字（与危机小组联系人名单上的写法相同）会记在勾选、草稿、批准和审计日志上。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Label: pick or type</source>
        <translation>标签：选择或输入</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>尚无备注</translation>
    </message>
    <message>
        <source>A note for the team about this person, Enter</source>
        <translation>给团队的备注（关于此人），按 Enter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Export for the person…</source>
        <translation>为本人导出…</translation>
    </message>
    <message>
        <source>Everything held about this person, in one JSON file (a subject-access request)</source>
        <translation>此人的所有数据，存为一个 JSON 文件（数据主体访问请求）</translation>
    </message>
    <message>
        <source>Erase what the team wrote…</source>
        <translation>清除团队所写的内容…</translation>
    </message>
    <message>
        <source>Erase the notes, labels and links about this person; their mentions stay</source>
        <translation>清除关于此人的备注、标签和关联；其提及内容保留</translation>
    </message>
    <message>
        <source>Choose an author to see their profile</source>
        <translation>选择一位作者以查看其档案</translation>
    </message>
    <message>
        <source>Nothing the console can tell on its own</source>
        <translation>控制台无法自行判断任何事项</translation>
    </message>
    <message>
        <source>Same person as: %1</source>
        <translation>与此为同一人：%1</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 条提及</translation>
    </message>
    <message>
        <source>%1% negative</source>
        <translation>%1% 负面</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>首次出现 %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最后出现 %1</translation>
    </message>
    <message>
        <source>highest severity %1</source>
        <translation>最高严重度 %1</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 位关注者</translation>
    </message>
    <message>
        <source>Remove this label</source>
        <translation>移除此标签</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>导出此人的所有数据</translation>
    </message>
    <message>
        <source>Profile and %1 mentions written to %2</source>
        <translation>档案与 %1 条提及已写入 %2</translation>
    </message>
    <message>
        <source>Erase what the team wrote</source>
        <translation>清除团队所写的内容</translation>
    </message>
    <message>
        <source>Erase every note, label and link the team recorded about %1? Their mentions stay. This cannot be undone.</source>
        <translation>要清除团队关于 %1 记录的所有备注、标签和关联吗？其提及内容会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Authors</name>
    <message>
        <source>journalist</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>网红</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 顾客</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>troll</source>
        <translation>喷子</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>权威来源</translation>
    </message>
    <message>
        <source>High reach</source>
        <translation>覆盖广</translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation>屡次投诉者</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新作者</translation>
    </message>
    <message>
        <source>Praiser</source>
        <translation>赞赏者</translation>
    </message>
</context>
<context>
    <name>AuthorsPanel</name>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Who is behind the mentions: profiles, labels and notes</source>
        <translation>谁在发帖：档案、标签和备注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>所有作者</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>单击以按此列排序</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 位</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>All mentions</source>
        <translation>所有提及</translation>
    </message>
    <message>
        <source>Watch term:</source>
        <translation>监测词：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Shaded: alert windows. Hover a bar for its figures.</source>
        <translation>阴影区为警报时段。将鼠标悬停在柱形上可查看数据。</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1</source>
        <translation>无法绘制图表：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Edit checklist</source>
        <translation>编辑检查清单</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due within (minutes)</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除项目</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无时限</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Runs of this checklist, newest first</source>
        <translation>此检查清单的执行记录，最新的在前</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始执行</translation>
    </message>
    <message>
        <source>Incident (optional)</source>
        <translation>事件（可选）</translation>
    </message>
    <message>
        <source>Reset for drill…</source>
        <translation>重置以供演练…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit this checklist</source>
        <translation>编辑此检查清单</translation>
    </message>
    <message>
        <source>Print binder…</source>
        <translation>打印手册…</translation>
    </message>
    <message>
        <source>Print the whole playbook, with tick boxes and phone numbers</source>
        <translation>打印完整应对手册，附复选框和电话号码</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v / %m</translation>
    </message>
    <message>
        <source>Ticks and notes are recorded under this name</source>
        <translation>勾选和备注会以此名称记录</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>所选项目的备注</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Notes for the whole run</source>
        <translation>整次执行的备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Other checklists…</source>
        <translation>其他检查清单…</translation>
    </message>
    <message>
        <source>Choose another checklist or run</source>
        <translation>选择其他检查清单或执行记录</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>No run yet: ticking an item starts one</source>
        <translation>尚未执行：勾选任一项目即开始</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3/%4</source>
        <translation>第 %1 次执行 · %2 · %3/%4</translation>
    </message>
    <message>
        <source> · incident %1</source>
        <translation> · 事件 %1</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>%1 由 %2 开始</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项超时</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>勾选</translation>
    </message>
    <message>
        <source>Reset for drill</source>
        <translation>重置以供演练</translation>
    </message>
    <message>
        <source>Clear every tick and note of run %1 and restart its clock? The audit log keeps what was done.</source>
        <translation>要清除第 %1 次执行的所有勾选和备注并重新计时吗？审计日志仍会保留已完成的记录。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(no role yet)</source>
        <translation>（尚无角色）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation>替补人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add or update people from a vCard (.vcf) or CSV file</source>
        <translation>从 vCard (.vcf) 或 CSV 文件添加或更新人员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the people to a vCard (.vcf) or CSV file</source>
        <translation>将人员写入 vCard (.vcf) 或 CSV 文件</translation>
    </message>
    <message>
        <source>Who validates before anything is published</source>
        <translation>对外发布前由谁审核</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>升级上报顺序</translation>
    </message>
    <message>
        <source>Role and people</source>
        <translation>角色与人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>替补人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Not assigned to a role</source>
        <translation>未指派角色</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Remove %1 from the crisis team? Their details are deleted; the audit log keeps only that they were removed.</source>
        <translation>要将 %1 从危机小组中移除吗？其信息将被删除；审计日志只记录这次移除。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>添加 %1 人，更新 %2 人</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>已将 %1 人写入 %2</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>vCard or CSV (*.vcf *.vcard *.csv)</source>
        <translation>vCard 或 CSV (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>vCard (*.vcf);;CSV (*.csv)</source>
        <translation>vCard (*.vcf);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Counters</name>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>最严重优先</translation>
    </message>
    <message>
        <source>Popular first</source>
        <translation>触及最广优先</translation>
    </message>
    <message>
        <source>The order of the wall</source>
        <translation>提及墙的排序方式</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>队列：</translation>
    </message>
    <message numerus="yes">
        <source>%n critical unhandled</source>
        <translation>
            <numerusform>%n 条危急未处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n 条高</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n 条中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n 条低</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the %1 mentions nobody has handled yet</source>
        <translation>显示尚无人处理的“%1”提及</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned</source>
        <translation>
            <numerusform>%n 条未指派</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the unhandled mentions nobody is assigned to</source>
        <translation>显示未处理且未指派负责人的提及</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n 条待批准</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies waiting for a validating role: open the templates</source>
        <translation>等待审核角色批准的回复：打开模板</translation>
    </message>
    <message>
        <source>Show the mentions routed to this queue</source>
        <translation>显示分派到此队列的提及</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <source>CRISIS MODE</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>Since detection</source>
        <translation>检测至今</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黄金一小时</translation>
    </message>
    <message>
        <source>24-hour response</source>
        <translation>24 小时回复</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>记录回复…</translation>
    </message>
    <message>
        <source>Alerts raised since crisis mode began: their mentions join the incident</source>
        <translation>危机模式开始后触发的警报：其提及将并入事件</translation>
    </message>
    <message>
        <source>A response went out: record it (the first one stops the clocks)</source>
        <translation>已发出回复：记录下来（第一条回复会停止计时）</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>退出危机模式</translation>
    </message>
    <message>
        <source>Crisis team…</source>
        <translation>危机小组…</translation>
    </message>
    <message>
        <source>Show the crisis team&apos;s contacts</source>
        <translation>显示危机小组的联系方式</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 条提及</numerusform>
        </translation>
    </message>
    <message>
        <source>wall: %1</source>
        <translation>看板：%1</translation>
    </message>
    <message>
        <source>surge polling until %1</source>
        <translation>加速轮询至 %1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Nobody is on the crisis team yet: add the people behind each role in Contacts</source>
        <translation>危机小组还没有人：请在“联系人”中为每个角色添加负责人</translation>
    </message>
    <message numerus="yes">
        <source>+%n alert(s): add to incident</source>
        <translation>
            <numerusform>+%n 条警报：加入事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>met ✓</source>
        <translation>达成 ✓</translation>
    </message>
    <message>
        <source>missed +%1</source>
        <translation>超时 +%1</translation>
    </message>
</context>
<context>
    <name>CrisisController</name>
    <message>
        <source>Crisis mode could not start</source>
        <translation>无法启动危机模式</translation>
    </message>
    <message numerus="yes">
        <source>Crisis mode on: incident %1 %2 with %n mention(s); surge polling of priority feeds</source>
        <translation>
            <numerusform>危机模式已开启：事件 %1 已%2，含 %n 条提及；优先订阅源加速轮询</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation checklist did not start</source>
        <translation>启动检查清单未能开始</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>The alert was not added to the incident</source>
        <translation>此警报未能加入事件</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added to incident %1</source>
        <translation>
            <numerusform>已将 %n 条提及加入事件 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The crisis team could not be read</source>
        <translation>无法读取危机小组</translation>
    </message>
    <message>
        <source>Crisis mode could not be left</source>
        <translation>无法退出危机模式</translation>
    </message>
    <message>
        <source>Crisis mode off; incident %1 stays open</source>
        <translation>危机模式已关闭；事件 %1 仍未结案</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Author profile</source>
        <translation>作者档案</translation>
    </message>
    <message>
        <source>Who wrote this: their mentions, labels and notes</source>
        <translation>谁写的：其提及、标签和备注</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Answer with a template, prefilled from this mention and its incident</source>
        <translation>使用模板回复，根据此提及及其事件预先填写</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Nobody: type a name, Enter</source>
        <translation>未指派：输入姓名后按回车</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Add a tag, Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation>给团队的备注</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a mention to read it in full</source>
        <translation>选中一条提及以阅读全文</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>（无链接）</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters</source>
        <translation>显示 %2 个字符中的前 %1 个</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>匹配：%1</translation>
    </message>
    <message>
        <source>No watch term matched</source>
        <translation>未匹配任何监测词</translation>
    </message>
    <message>
        <source>Replying now: %1</source>
        <translation>正在回复：%1</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>也在查看：%1</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>情绪 %1</translation>
    </message>
    <message>
        <source>severity %1 of 100</source>
        <translation>严重度 %1 / 100</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>移除此标签</translation>
    </message>
</context>
<context>
    <name>FeedPreview</name>
    <message>
        <source>the test fetch could not start</source>
        <translation>无法开始测试抓取</translation>
    </message>
    <message>
        <source>no answer within %1 s; the test fetch was stopped</source>
        <translation>%1 秒内无回复，已停止测试抓取</translation>
    </message>
    <message>
        <source>the test fetch ended without an answer (exit code %1)</source>
        <translation>测试抓取结束但没有回复（结束代码 %1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search mentions  (Ctrl+F)</source>
        <translation>搜索提及  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>监测词</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Back to the default view: every active mention</source>
        <translation>回到默认视图：所有有效提及</translation>
    </message>
    <message>
        <source>Active (leaves out ignored and hidden)</source>
        <translation>有效（不含已忽略与已隐藏）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选条件</translation>
    </message>
    <message>
        <source>Showing a view chosen elsewhere; click to go back to the wall</source>
        <translation>正在显示从别处选择的视图；点击返回看板</translation>
    </message>
    <message>
        <source>(no saved views)</source>
        <translation>（没有已保存的视图）</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>删除已保存的视图</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Open incidents</source>
        <translation>未结案事件</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新建事件…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>检测到</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>开启事件</translation>
    </message>
    <message>
        <source>Mentions added</source>
        <translation>添加提及</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Crisis mode on</source>
        <translation>启动危机模式</translation>
    </message>
    <message>
        <source>Crisis mode off</source>
        <translation>关闭危机模式</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>column: when the incident was opened</comment>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>加入所选</translation>
    </message>
    <message>
        <source>Add the mentions selected on the wall to this incident</source>
        <translation>将看板上选中的提及加入此事件</translation>
    </message>
    <message>
        <source>Show on wall</source>
        <translation>在看板上显示</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Incidents could not be read</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>The incident could not be read</source>
        <translation>无法读取此事件</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>尚无事件</translation>
    </message>
    <message>
        <source>Open one from an alert (Crisis mode) or with “New incident…”.</source>
        <translation>可从警报（危机模式）或“新建事件…”创建。</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>结案于 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>检测于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 条提及</numerusform>
        </translation>
    </message>
    <message>
        <source>CRISIS MODE</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>terms: %1</source>
        <translation>监测词：%1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>to crisis mode</source>
        <translation>进入危机模式</translation>
    </message>
    <message>
        <source>to first response</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>to close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Measured from detection: %1</source>
        <translation>自检测起计：%1</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>退出危机模式</translation>
    </message>
    <message>
        <source>Mentions (%1)</source>
        <translation>提及(%1)</translation>
    </message>
    <message>
        <source>Closed without a recorded response</source>
        <translation>结案时没有记录任何回复</translation>
    </message>
    <message>
        <source>Since detection %1</source>
        <translation>检测至今 %1</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未能创建</translation>
    </message>
    <message>
        <source>Incident %1 opened</source>
        <translation>已创建事件 %1</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation>未能添加备注</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>已记录回复</translation>
    </message>
    <message>
        <source>Choose mentions on the wall first</source>
        <translation>请先在看板上选中提及</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added</source>
        <translation>
            <numerusform>已加入 %n 条提及</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未能加入</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>事件结案</translation>
    </message>
    <message>
        <source>Close “%1”? Its timeline and mentions are kept; notes can still be added for the review.</source>
        <translation>要将“%1”结案吗？时间轴和提及都会保留，之后仍可为复盘添加备注。</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>事件已结案</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未能结案</translation>
    </message>
    <message>
        <source>Reply recorded as a response of incident %1</source>
        <translation>回复已记录为事件 %1 的回应</translation>
    </message>
    <message>
        <source>The response was not recorded</source>
        <translation>未能记录回复</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>POSITIVE</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>产品缺陷</translation>
    </message>
    <message>
        <source>Service complaint</source>
        <translation>服务投诉</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>配送延误</translation>
    </message>
    <message>
        <source>Billing or refund</source>
        <translation>账单或退款</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>谣言</translation>
    </message>
    <message>
        <source>Employee misconduct</source>
        <translation>员工不当行为</translation>
    </message>
    <message>
        <source>Hacked account</source>
        <translation>账号被盗</translation>
    </message>
    <message>
        <source>Backlash</source>
        <translation>舆论反弹</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>服务中断</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>negative sentiment</source>
        <translation>负面情绪</translation>
    </message>
    <message>
        <source>positive sentiment</source>
        <translation>正面情绪</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>risk term</source>
        <translation>风险用语</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>来源影响力</translation>
    </message>
    <message>
        <source>author reach</source>
        <translation>作者影响力</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>watch term</source>
        <translation>监测词</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>扩散速度</translation>
    </message>
    <message>
        <source>positive mention</source>
        <translation>正面提及</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>上下限</translation>
    </message>
    <message>
        <source>author label</source>
        <translation>作者标签</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the playbook</source>
        <translation>应对手册的语言</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认(%1)</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>A mention&apos;s level comes from its severity (0-100): at or above a threshold it takes that level. Try other thresholds to see how many stored mentions would move, then apply them to this workspace: the stored mentions take their new levels at once, and new ones are scored with them.</source>
        <translation>提及的等级由其严重度（0-100）决定：达到阈值即属该等级。试试其他阈值，看看有多少已存储的提及会改变等级，再应用到此工作区：已存储的提及会立即采用新等级，新提及也按此评分。</translation>
    </message>
    <message>
        <source>Apply to this workspace…</source>
        <translation>应用到此工作区…</translation>
    </message>
    <message>
        <source>Back to the shipped thresholds</source>
        <translation>恢复默认阈值</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>With these thresholds</source>
        <translation>应用这些阈值后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Apply severity thresholds</source>
        <translation>应用严重度阈值</translation>
    </message>
    <message numerus="yes">
        <source>Critical from %1, high from %2, medium from %3: %n stored mention(s) will change level (recorded in the audit log). New mentions are scored with these thresholds.</source>
        <translation>
            <numerusform>严重从 %1、高从 %2、中从 %3：%n 条已存储的提及将改变等级（记录在审计日志中）。新提及将按这些阈值评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>Severity thresholds applied: %n mention(s) changed level</source>
        <translation>
            <numerusform>已应用严重度阈值：%n 条提及改变了等级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) would change level.</source>
        <translation>
            <numerusform>有 %n 条已保存的提及会改变等级。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Something went wrong (%1): %2</source>
        <translation>发生错误(%1):%2</translation>
    </message>
    <message>
        <source>This workspace is read-only for you: nothing was changed</source>
        <translation>此工作区对您只读：未做任何更改</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即轮询</translation>
    </message>
    <message>
        <source>Fetch every feed now (feeds that asked to wait are left to wait)</source>
        <translation>立即抓取所有订阅源（要求稍候的订阅源会继续等待）</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Reload wall</source>
        <translation>重新加载看板</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>详情面板</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>&amp;Select all mentions shown</source>
        <translation>选中所有显示的提及(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy mention</source>
        <translation>复制提及(&amp;C)</translation>
    </message>
    <message>
        <source>Back up workspace…</source>
        <translation>备份工作区…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Crisis Console</source>
        <translation>关于 Crisis Console</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>提及(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>订阅源(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation>危机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 条提及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active mention(s)</source>
        <translation>
            <numerusform>%n 条有效提及</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace cannot be written: %1. Triage is turned off; the checklist, templates and contacts still work.</source>
        <translation>无法写入此工作区：%1。分拣功能已停用；检查清单、模板和联系人仍可使用。</translation>
    </message>
    <message>
        <source>Read-only: this workspace&apos;s folder cannot be written by you (a read-only folder or mount, or another user&apos;s). The wall, search, filters, reports and backups work; triage, polling and edits are off.</source>
        <translation>只读：您无法写入此工作区的文件夹（只读文件夹或挂载点，或属于其他用户）。看板、搜索、筛选、报告和备份照常可用；分拣、轮询和编辑已关闭。</translation>
    </message>
    <message>
        <source>The reply could not be prefilled</source>
        <translation>无法预先填写回复</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>○ Read-only (no polling)</source>
        <translation>○ 只读（不轮询）</translation>
    </message>
    <message>
        <source>○ Offline mode (no polling)</source>
        <translation>○ 离线模式（不轮询）</translation>
    </message>
    <message>
        <source>○ Offline: no feed answers · last poll %1</source>
        <translation>○ 离线：订阅源均无回复 · 上次轮询 %1</translation>
    </message>
    <message>
        <source>● Online · last poll %1</source>
        <translation>● 在线 · 上次轮询 %1</translation>
    </message>
    <message>
        <source>○ Not polling · last poll %1</source>
        <translation>○ 未轮询 · 上次轮询 %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n feed(s) in error</source>
        <translation>
            <numerusform>⚠ %n 个订阅源发生错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode: nothing is fetched</source>
        <translation>离线模式：不会抓取任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n feed(s) now</source>
        <translation>
            <numerusform>正在轮询 %n 个订阅源</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds in error</source>
        <translation>发生错误的订阅源</translation>
    </message>
    <message>
        <source>No feed is failing</source>
        <translation>没有发生错误的订阅源</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份至 %1</translation>
    </message>
    <message>
        <source>Open workspace folder</source>
        <translation>打开工作区文件夹</translation>
    </message>
    <message>
        <source>Listen, detect, respond. Local-first: nothing leaves this machine but the feed requests you set up.</source>
        <translation>倾听、检测、回复。本地优先：除了你设置的订阅源请求，任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Volume, sentiment and severity over time, with the alert windows</source>
        <translation>声量、情绪与严重度随时间的变化，并标示警报时段</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危机模式</translation>
    </message>
    <message>
        <source>Open an incident from the current alert, start the activation checklist, show the holding statement and the crisis team, watch the incident&apos;s terms, poll priority feeds faster</source>
        <translation>从当前的警报创建事件、开始启动检查清单、显示初步声明与危机小组、监测事件相关词，并加快轮询优先订阅源</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>来源…</translation>
    </message>
    <message>
        <source>Feeds with their health; add, edit, enable, disable, retry, test</source>
        <translation>订阅源及其状态；添加、编辑、启用、停用、重试、测试</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>添加订阅源…</translation>
    </message>
    <message>
        <source>Google News, Reddit, Mastodon, App Store reviews, Google Alerts or any feed</source>
        <translation>Google 新闻、Reddit、Mastodon、App Store 评论、Google 快讯或任何订阅源</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>导入 OPML…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>导出 OPML…</translation>
    </message>
    <message>
        <source>Import feeds from OPML</source>
        <translation>从 OPML 导入订阅源</translation>
    </message>
    <message>
        <source>OPML (*.opml *.xml);;All files (*)</source>
        <translation>OPML (*.opml *.xml)；；所有文件 (*)</translation>
    </message>
    <message>
        <source>OPML not imported</source>
        <translation>未能导入 OPML</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added</source>
        <translation>
            <numerusform>已添加 %n 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>，忽略 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML import</source>
        <translation>OPML 导入</translation>
    </message>
    <message>
        <source>Export feeds to OPML</source>
        <translation>将订阅源导出为 OPML</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported</source>
        <translation>
            <numerusform>已导出 %n 个订阅源</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML not exported</source>
        <translation>未能导出 OPML</translation>
    </message>
    <message>
        <source>Watch terms…</source>
        <translation>监测词…</translation>
    </message>
    <message>
        <source>What to listen for, with a live preview of the mentions each term matches</source>
        <translation>要监听的内容，并实时预览每个监测词匹配的提及</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>创建事件</translation>
    </message>
    <message>
        <source>e.g. Exploding kettle reports</source>
        <translation>例如：水壶爆裂事件</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message numerus="yes">
        <source>With the %n mention(s) selected on the wall</source>
        <translation>
            <numerusform>包含看板上选中的 %n 条提及</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>What was decided, learned or done (kept on the timeline)</source>
        <translation>做了什么决定、学到什么或完成什么（保留在时间轴上）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Crisis Console alert</source>
        <translation>Crisis Console 警报</translation>
    </message>
    <message numerus="yes">
        <source>Crisis Console: %n new alerts</source>
        <translation>
            <numerusform>Crisis Console:%n 条新警报</numerusform>
        </translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演练 · </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineWindow</name>
    <message>
        <source>Offline playbook — %1</source>
        <translation>离线应对手册 — %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Mention history</source>
        <translation>提及记录</translation>
    </message>
    <message>
        <source>Offline playbook: the checklists, templates and crisis-team contacts work without the network and without the mentions database.</source>
        <translation>离线应对手册：检查清单、模板和危机小组联系人无需网络，也无需提及数据库即可使用。</translation>
    </message>
    <message>
        <source>The mentions database cannot be used: %1</source>
        <translation>无法使用提及数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print binder…</source>
        <translation>打印手册(&amp;P)…</translation>
    </message>
    <message>
        <source>Save binder as PDF or HTML…</source>
        <translation>将手册保存为 PDF 或 HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No mentions stored yet.</source>
        <translation>尚未保存任何提及。</translation>
    </message>
    <message>
        <source>The mention history cannot be read right now: %1</source>
        <translation>当前无法读取提及记录：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Save binder</source>
        <translation>保存手册</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>OperatorButton</name>
    <message>
        <source>Who you are: your name goes on ticks, drafts, approvals and the audit log. Click to change it.</source>
        <translation>您的身份：勾选、草稿、批准和审计日志都会记下您的名字。单击即可更改。</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>您：%1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Your name, as the crisis team&apos;s contacts list it. It goes on ticks, drafts, approvals and the audit log.</source>
        <translation>您的名字，与危机小组联系人名单上的写法相同。勾选、草稿、批准和审计日志都会记下它。</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>This workspace is read-only for you: the playbook is shown as it is and cannot be changed here.</source>
        <translation>此工作区对您只读：应对手册按原样显示，无法在此更改。</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>提交批准</translation>
    </message>
    <message>
        <source>Save this reply as a draft for a validating role to approve</source>
        <translation>将此回复存为草稿，交由审核角色批准</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>The replies awaiting approval could not be read</source>
        <translation>无法读取待批准的回复</translation>
    </message>
    <message>
        <source>Replies wait for approval by: %1.</source>
        <translation>回复须经以下角色批准：%1。</translation>
    </message>
    <message>
        <source>Replies go out as drafted; ask for approval when in doubt.</source>
        <translation>回复按草稿直接发出；如有疑虑请提交批准。</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) awaiting approval</source>
        <translation>
            <numerusform>%n 条回复待批准</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply %1 awaits approval (drafted by %2).</source>
        <translation>回复 %1 待批准（草稿由 %2 撰写）。</translation>
    </message>
    <message>
        <source>Reply %1 is approved (by %2): it can go out.</source>
        <translation>回复 %1 已批准（%2）：可以发出。</translation>
    </message>
    <message>
        <source>Reply %1 was returned by %2: %3</source>
        <translation>回复 %1 已被 %2 退回：%3</translation>
    </message>
    <message>
        <source>Reply %1 was recorded as sent.</source>
        <translation>回复 %1 已记录为已发出。</translation>
    </message>
    <message>
        <source>In crisis mode a reply goes out once a validating role has approved it.</source>
        <translation>危机模式下，回复须经审核角色批准后才能发出。</translation>
    </message>
    <message>
        <source>Say which mention or incident the reply answers first</source>
        <translation>请先指定回复针对的提及或事件</translation>
    </message>
    <message>
        <source>The reply was not saved</source>
        <translation>回复未保存</translation>
    </message>
    <message>
        <source>The reply was not approved</source>
        <translation>回复未批准</translation>
    </message>
    <message>
        <source>Return the reply</source>
        <translation>退回回复</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>The reply was not returned</source>
        <translation>回复未退回</translation>
    </message>
    <message>
        <source>The reply was not recorded</source>
        <translation>回复未记录</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record a response</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>The text as it was published</source>
        <translation>实际发布的文字</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>回复：</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Spike: {current} negative mentions about “{term}” in {minutes} min (usually {baseline})</source>
        <translation>激增：{minutes} 分钟内有 {current} 条关于“{term}”的负面提及（平常为 {baseline} 条）</translation>
    </message>
    <message>
        <source>Spike: {current} negative mentions in {minutes} min (usually {baseline})</source>
        <translation>激增：{minutes} 分钟内有 {current} 条负面提及（平常为 {baseline} 条）</translation>
    </message>
    <message>
        <source>Critical mention about “{term}”</source>
        <translation>关于“{term}”的严重提及</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>严重提及</translation>
    </message>
    <message>
        <source>{current} critical mentions about “{term}”</source>
        <translation>关于“{term}”的严重提及：{current} 条</translation>
    </message>
    <message>
        <source>{current} critical mentions</source>
        <translation>严重提及：{current} 条</translation>
    </message>
    <message>
        <source>Source went dark: {source} has brought nothing for {minutes} min</source>
        <translation>来源中断：{source} 已 {minutes} 分钟没有任何内容</translation>
    </message>
    <message>
        <source>Coordinated campaign about “{term}”: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>关于“{term}”的协同操作：{minutes} 分钟内有 {current} 位作者发布相同内容：“{text}”</translation>
    </message>
    <message>
        <source>Coordinated campaign: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>协同操作：{minutes} 分钟内有 {current} 位作者发布相同内容：“{text}”</translation>
    </message>
    <message>
        <source>Alert: {kind}</source>
        <translation>警报：{kind}</translation>
    </message>
    <message>
        <source>{current} negative mentions about “{term}” in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>过去 {minutes} 分钟内有 {current} 条关于“{term}”的负面提及。在之前 {windows} 个同样长度的时段中，平常为 {baseline} 条，上下约 {sigma} 条（σ，平常的波动）。</translation>
    </message>
    <message>
        <source>{current} negative mentions in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>过去 {minutes} 分钟内有 {current} 条负面提及。在之前 {windows} 个同样长度的时段中，平常为 {baseline} 条，上下约 {sigma} 条（σ，平常的波动）。</translation>
    </message>
    <message>
        <source>An alert is raised above usual + k·σ = {threshold} (k = {k}, sensitivity “{sensitivity}”) and at {min_count} mentions or more.</source>
        <translation>超过平常值 + k·σ = {threshold}（k = {k}，灵敏度“{sensitivity}”）且至少 {min_count} 条时发出警报。</translation>
    </message>
    <message>
        <source>Mentions about “{term}” scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>关于“{term}”被评为严重的提及：{current} 条。不论数量多少，每一条都需要立即查看。</translation>
    </message>
    <message>
        <source>Mentions scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>被评为严重的提及：{current} 条。不论数量多少，每一条都需要立即查看。</translation>
    </message>
    <message>
        <source>{current} different authors about “{term}” posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>{minutes} 分钟内有 {current} 位不同作者发布了关于“{term}”的相同内容：“{text}”（比对时不计大小写、全半角、标点、链接与 @账号）。其中 {new} 位是最近一天内才首次出现。至少 {min_authors} 位作者且新作者占 {share}% 以上时发出警报；之后的复制内容会并入此警报。作者：{names}。</translation>
    </message>
    <message>
        <source>{current} different authors posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>{minutes} 分钟内有 {current} 位不同作者发布了相同内容：“{text}”（比对时不计大小写、全半角、标点、链接与 @账号）。其中 {new} 位是最近一天内才首次出现。至少 {min_authors} 位作者且新作者占 {share}% 以上时发出警报；之后的复制内容会并入此警报。作者：{names}。</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} 等另外 {more} 位</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>A priority source has brought nothing for longer than it should: you may be blind to what it says.</source>
        <translation>优先来源沉寂的时间超出预期：您可能看不到它说了什么。</translation>
    </message>
    <message>
        <source>Its last error: {error}</source>
        <translation>最后一次错误：{error}</translation>
    </message>
    <message>
        <source>Spike: {term}</source>
        <translation>激增：{term}</translation>
    </message>
    <message>
        <source>Spike: all mentions</source>
        <translation>激增：所有提及</translation>
    </message>
    <message>
        <source>Critical mention: {term}</source>
        <translation>严重提及：{term}</translation>
    </message>
    <message>
        <source>Critical mention: all mentions</source>
        <translation>严重提及：所有提及</translation>
    </message>
    <message>
        <source>Source went dark: {term}</source>
        <translation>来源中断：{term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: {term}</source>
        <translation>协同操作：{term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: all mentions</source>
        <translation>协同操作：所有提及</translation>
    </message>
    <message>
        <source>Alert: {term}</source>
        <translation>警报：{term}</translation>
    </message>
    <message>
        <source>Crisis {time}</source>
        <translation>危机 {time}</translation>
    </message>
    <message>
        <source>Crisis mode on; surge polling of priority feeds</source>
        <translation>危机模式开启；优先来源加速轮询</translation>
    </message>
    <message>
        <source>Crisis mode off; surge polling stopped</source>
        <translation>危机模式关闭；加速轮询已停止</translation>
    </message>
    <message>
        <source>Mentions added: {count}</source>
        <translation>已添加提及：{count} 条</translation>
    </message>
    <message>
        <source>Mentions added from an alert: {count}</source>
        <translation>从警报添加的提及：{count} 条</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>事件已结案</translation>
    </message>
    <message>
        <source>Ticked by the console: {item}</source>
        <translation>由系统勾选：{item}</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黄金一小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>{clock}: {time} left</source>
        <translation>{clock}：剩余 {time}</translation>
    </message>
    <message>
        <source>{clock}: met ✓</source>
        <translation>{clock}：已达成 ✓</translation>
    </message>
    <message>
        <source>{clock}: missed by {time}</source>
        <translation>{clock}：超时 {time}</translation>
    </message>
    <message>
        <source>{similar} similar within {minutes} min</source>
        <translation>{minutes} 分钟内有 {similar} 条相似</translation>
    </message>
    <message>
        <source>{reach} source</source>
        <translation>{reach}来源</translation>
    </message>
    <message>
        <source>set on the source</source>
        <translation>在来源中设置</translation>
    </message>
    <message>
        <source>followers: {followers}</source>
        <translation>关注者：{followers}</translation>
    </message>
    <message>
        <source>rating: {stars} of 5 stars</source>
        <translation>评分：{stars} / 5 星</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What it handles</source>
        <translation>处理范围</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>为何不用</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Timed out: no complete answer within {seconds} s</source>
        <translation>超时：{seconds} 秒内未收到完整响应</translation>
    </message>
    <message>
        <source>Network error: the feed could not be reached</source>
        <translation>网络错误：无法连接来源</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP {status})</source>
        <translation>服务器返回错误（HTTP {status}）</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>安全连接（TLS）失败</translation>
    </message>
    <message>
        <source>The feed is too large</source>
        <translation>来源内容过大</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>Not a valid feed address</source>
        <translation>不是有效的来源地址</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>The transfer was cut short</source>
        <translation>传输中途中断</translation>
    </message>
    <message>
        <source>The address is refused (a local or private network)</source>
        <translation>拒绝此地址（本地或专用网络）</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>News media</source>
        <translation>新闻媒体</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>社交网络</translation>
    </message>
    <message>
        <source>Forum or community</source>
        <translation>论坛或社区</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>编辑订阅源</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>添加订阅源</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>监测内容</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>The feed address appears here</source>
        <translation>订阅源地址会显示在这里</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>订阅源地址：</translation>
    </message>
    <message>
        <source>How it is polled</source>
        <translation>轮询方式</translation>
    </message>
    <message>
        <source>Optional: the name shown on the wall (else the feed&apos;s own title)</source>
        <translation>可选：在看板上显示的名称（不填则使用订阅源自己的标题）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Priority: polled every minute in crisis mode, and an alert when it goes dark</source>
        <translation>优先：危机模式下每分钟轮询，停止更新时发出警报</translation>
    </message>
    <message>
        <source>Internal: on this machine or the company network (private addresses allowed)</source>
        <translation>内部：位于本机或公司内网（允许私有地址）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>覆盖范围：</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>轮询间隔：</translation>
    </message>
    <message>
        <source>Test fetch</source>
        <translation>测试抓取</translation>
    </message>
    <message>
        <source>Fetch the feed once and show what it would bring; nothing is stored</source>
        <translation>抓取订阅源一次并显示会得到的内容；不保存任何数据</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>添加订阅源</translation>
    </message>
    <message>
        <source>The address of a feed cannot change; add a new feed for another address.</source>
        <translation>订阅源地址无法更改；如需其他地址，请添加新的订阅源。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>抓取中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 feed “%2”: %n entries</source>
        <translation>
            <numerusform>%1 订阅源“%2”:%n 条条目</numerusform>
        </translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>Test fetch failed: %1</source>
        <translation>测试抓取失败：%1</translation>
    </message>
</context>
<context>
    <name>SourcesManager</name>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>添加订阅源…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Test fetch…</source>
        <translation>测试抓取…</translation>
    </message>
    <message>
        <source>Feeds could not be read: %1</source>
        <translation>无法读取订阅源：%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n 个订阅源</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>发生错误</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>已启用：%1</translation>
    </message>
    <message>
        <source>%1 is polled at the poller&apos;s next look (within seconds)</source>
        <translation>轮询程序下次检查时（数秒内）就会轮询 %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Text ({placeholders} are filled in when used)</source>
        <translation>正文（{placeholders} 会在使用时填入）</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>Check the length against this channel&apos;s limit</source>
        <translation>依此渠道的字数上限检查长度</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>记录为已发送</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>预览渠道</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not filled in: %1</source>
        <translation>尚未填写：%1</translation>
    </message>
    <message>
        <source>Tone: “%1” — %2</source>
        <translation>语气：“%1”— %2</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters</source>
        <translation>超过 %1 的上限：%2 个字</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>请选择模板</translation>
    </message>
    <message>
        <source>Fill in every placeholder first</source>
        <translation>请先填写所有字段</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>已记录为已发送。</translation>
    </message>
    <message>
        <source>Recorded as sent in reply to %1 %2.</source>
        <translation>已记录为回复 %1 %2 的发送内容。</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Risk phrase</source>
        <translation>风险词语</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>监测词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新建监测词</translation>
    </message>
    <message>
        <source>Stop watching…</source>
        <translation>停止监测…</translation>
    </message>
    <message>
        <source>e.g. Acme AND (kettle OR &quot;K2&quot;) NOT giveaway</source>
        <translation>例如：Acme AND (水壶 OR &quot;K2&quot;) NOT 抽奖</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Words, &quot;quoted phrases&quot;, AND, OR, NOT and parentheses; case, accents and Traditional/Simplified Chinese are ignored.</source>
        <translation>可使用词语、&quot;加引号的短语&quot;、AND、OR、NOT 和括号；不区分大小写、重音符号及繁简中文。</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加监测词</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存变更</translation>
    </message>
    <message>
        <source>Type a query to see which stored mentions it matches.</source>
        <translation>输入查询，查看匹配的已保存提及。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>搜索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) match</source>
        <translation>
            <numerusform>有 %n 条已保存的提及匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the newest %2 mentions match</source>
        <translation>最新的 %2 条提及中有 %1 条匹配</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n stored mention(s) match</source>
        <translation>
            <numerusform>正在监测 %1：有 %n 条已保存的提及匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止监测</translation>
    </message>
    <message>
        <source>Stop watching “%1”? Mentions it matched are kept; they only lose this term.</source>
        <translation>要停止监测“%1”吗？匹配的提及会保留，只是不再带有此监测词。</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Spike</source>
        <translation>激增</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>No mentions in this range</source>
        <translation>此范围内没有提及</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative, %3 alert windows</source>
        <translation>%1 条提及，%2 条负面，%3 个警报时段</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative</source>
        <translation>%1 条提及，%2 条负面</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>情绪 %1</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>标为新</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>标为处理中</translation>
    </message>
    <message>
        <source>Mark responded</source>
        <translation>标为已回复</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Open link in browser</source>
        <translation>在浏览器中打开链接</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message numerus="yes">
        <source>Set %n mention(s) to “%1”?</source>
        <translation>
            <numerusform>要将 %n 条提及设为“%1”吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n mention(s) to %1?</source>
        <translation>
            <numerusform>要将 %n 条提及指派给 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已指派给 %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n mention(s) “%1”?</source>
        <translation>
            <numerusform>要为 %n 条提及添加标签“%1”吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>已添加标签“%1”</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n mention(s)?</source>
        <translation>
            <numerusform>要从 %n 条提及移除标签“%1”吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>tag “%1” removed</source>
        <translation>已移除标签“%1”</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>设置备注</translation>
    </message>
    <message numerus="yes">
        <source>Replace the notes of %n mention(s)?</source>
        <translation>
            <numerusform>要替换 %n 条提及的备注吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>note saved</source>
        <translation>已保存备注</translation>
    </message>
    <message>
        <source>Choose a mention first</source>
        <translation>请先选中一条提及</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s): %1</source>
        <translation>
            <numerusform>%n 条提及：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved (%1): %2</source>
        <translation>未保存(%1):%2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Could not undo (%1): %2</source>
        <translation>无法撤销(%1):%2</translation>
    </message>
    <message>
        <source>Assign to (empty: nobody):</source>
        <translation>指派给（留空表示无人）：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note (replaces the current one):</source>
        <translation>备注（将替换当前备注）：</translation>
    </message>
    <message>
        <source>This mention has no web link to open</source>
        <translation>这条提及没有可打开的网页链接</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>标题或正文</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1, unhandled</source>
        <translation>%1，未处理</translation>
    </message>
    <message>
        <source>Unassigned, unhandled</source>
        <translation>未指派，未处理</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <source>No mentions yet.
Add feeds and watch terms (Feeds menu); new mentions appear here as they arrive.</source>
        <translation>尚无提及。
请添加订阅源与监测词（订阅源菜单）；新的提及一到就会显示在这里。</translation>
    </message>
    <message>
        <source>No mention matches this view.
Clear the filters to see every active mention.</source>
        <translation>没有符合此视图的提及。
清除筛选条件即可查看所有有效提及。</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>▲ Many new mentions: show them</source>
        <translation>▲ 有许多新提及：显示</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n new</source>
        <translation>
            <numerusform>▲ %n 条新提及</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchManager</name>
    <message>
        <source>Watch terms</source>
        <translation>监测词</translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation>严重度等级</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Crisis Console</source>
        <translation>欢迎使用 Crisis Console</translation>
    </message>
    <message>
        <source>This workspace is empty. See a crisis unfold in the demo, or set up your own listening: what to watch, where, and who to call when it goes wrong.</source>
        <translation>这个工作区还是空的。你可以在演示中看看危机如何发展，或设置自己的监听：监测什么、在哪里监测，以及出事时该打给谁。</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>1. Add your brand&apos;s terms…</source>
        <translation>1. 添加品牌监测词…</translation>
    </message>
    <message>
        <source>2. Add sources…</source>
        <translation>2. 添加来源…</translation>
    </message>
    <message>
        <source>3. Fill in the crisis team…</source>
        <translation>3. 填写危机小组…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
</TS>
