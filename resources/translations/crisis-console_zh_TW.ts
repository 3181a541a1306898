<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>Baseline, current count, spread and the mentions behind this alert</source>
        <translation>基準值、目前數量、離散程度，以及觸發此警報的提及</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode (Ctrl+Shift+C)</source>
        <translation>以這些提及建立事件並切換到危機模式 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Mark this alert as seen (recorded in the audit log)</source>
        <translation>將此警報標為已讀（記錄於稽核日誌）</translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation>加入事件</translation>
    </message>
    <message>
        <source>Add this alert&apos;s mentions to the crisis incident</source>
        <translation>將此警報的提及加入危機事件</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演練 · </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Explain the latest alert</source>
        <translation>說明最新警報</translation>
    </message>
    <message>
        <source>Why the newest alert was raised, with its mentions</source>
        <translation>最新警報為何觸發，以及相關提及</translation>
    </message>
    <message>
        <source>Sound on new alerts</source>
        <translation>新警報時播放音效</translation>
    </message>
    <message>
        <source>Play a chime when an alert arrives</source>
        <translation>收到警報時播放提示音</translation>
    </message>
    <message>
        <source>Show Crisis Console</source>
        <translation>顯示 Crisis Console</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>無法讀取警報：%1</translation>
    </message>
    <message>
        <source>No alert has been raised in this workspace</source>
        <translation>此工作區尚未觸發任何警報</translation>
    </message>
    <message>
        <source>Could not dismiss the alert</source>
        <translation>無法略過此警報</translation>
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
        <translation>來源中斷</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>嚴重提及</translation>
    </message>
    <message>
        <source>Coordinated campaign</source>
        <translation>協同操作</translation>
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
        <translation>波動（σ）</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>Above usual</source>
        <translation>高於平常</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Top severity</source>
        <translation>最高嚴重度</translation>
    </message>
    <message>
        <source>Failures in a row</source>
        <translation>連續失敗</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>沉寂時間</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>輪詢間隔</translation>
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
        <translation>時段</translation>
    </message>
    <message>
        <source>Alert explained</source>
        <translation>警報說明</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>在看板上顯示</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode</source>
        <translation>以這些提及建立事件並切換到危機模式</translation>
    </message>
    <message>
        <source>Alert %1 explained</source>
        <translation>警報 %1 說明</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演練 · </translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation>%1 警報</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>觸發於 %1</translation>
    </message>
    <message>
        <source>watch term “%1”</source>
        <translation>監看詞「%1」</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>來源 %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>略過於 %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n mention(s) behind this alert</source>
        <translation>
            <numerusform>觸發此警報的 %n 則提及</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of the %2 mentions behind this alert</source>
        <translation>觸發此警報的 %2 則提及中最新的 %1 則</translation>
    </message>
    <message>
        <source>This alert could not be read: %1</source>
        <translation>無法讀取此警報：%1</translation>
    </message>
</context>
<context>
    <name>AskName</name>
    <message>
        <source>Who is at the desk? Your name, as the crisis team&apos;s contacts list it, goes on ticks, drafts, approvals and the audit log.</source>
        <translation>誰在值班？您的名字（與危機小組聯絡人名單上的寫法相同）會記在勾選、草稿、核准與稽核紀錄上。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Label: pick or type</source>
        <translation>標籤：選擇或輸入</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>尚無備註</translation>
    </message>
    <message>
        <source>A note for the team about this person, Enter</source>
        <translation>給團隊的備註（關於此人），按 Enter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>加上備註</translation>
    </message>
    <message>
        <source>Export for the person…</source>
        <translation>為本人匯出…</translation>
    </message>
    <message>
        <source>Everything held about this person, in one JSON file (a subject-access request)</source>
        <translation>此人的所有資料，存成一個 JSON 檔（當事人查閱請求）</translation>
    </message>
    <message>
        <source>Erase what the team wrote…</source>
        <translation>清除團隊所寫的內容…</translation>
    </message>
    <message>
        <source>Erase the notes, labels and links about this person; their mentions stay</source>
        <translation>清除關於此人的備註、標籤和關聯；其提及內容保留</translation>
    </message>
    <message>
        <source>Choose an author to see their profile</source>
        <translation>選擇一位作者以查看其檔案</translation>
    </message>
    <message>
        <source>Nothing the console can tell on its own</source>
        <translation>控制台無法自行判斷任何事項</translation>
    </message>
    <message>
        <source>Same person as: %1</source>
        <translation>與此為同一人：%1</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 則提及</translation>
    </message>
    <message>
        <source>%1% negative</source>
        <translation>%1% 負面</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>首次出現 %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最後出現 %1</translation>
    </message>
    <message>
        <source>highest severity %1</source>
        <translation>最高嚴重度 %1</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 位追蹤者</translation>
    </message>
    <message>
        <source>Remove this label</source>
        <translation>移除此標籤</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>匯出此人的所有資料</translation>
    </message>
    <message>
        <source>Profile and %1 mentions written to %2</source>
        <translation>檔案與 %1 則提及已寫入 %2</translation>
    </message>
    <message>
        <source>Erase what the team wrote</source>
        <translation>清除團隊所寫的內容</translation>
    </message>
    <message>
        <source>Erase every note, label and link the team recorded about %1? Their mentions stay. This cannot be undone.</source>
        <translation>要清除團隊關於 %1 記錄的所有備註、標籤和關聯嗎？其提及內容會保留。此操作無法復原。</translation>
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
        <translation>記者</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>網紅</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 顧客</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>troll</source>
        <translation>酸民</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新聞</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>權威來源</translation>
    </message>
    <message>
        <source>High reach</source>
        <translation>觸及廣</translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation>屢次投訴者</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新作者</translation>
    </message>
    <message>
        <source>Praiser</source>
        <translation>讚賞者</translation>
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
        <translation>誰在發文：檔案、標籤和備註</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>負面</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>觸及</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>所有作者</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>按一下以依此欄排序</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>顯示 %1 位</translation>
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
        <translation>監看詞：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Shaded: alert windows. Hover a bar for its figures.</source>
        <translation>陰影區為警報時段。將游標移到長條上可查看數據。</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1</source>
        <translation>無法繪製圖表：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Edit checklist</source>
        <translation>編輯檢查清單</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due within (minutes)</source>
        <translation>時限（分鐘）</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增項目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除項目</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>無時限</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>What to do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Runs of this checklist, newest first</source>
        <translation>此檢查清單的執行紀錄，最新的在前</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>開始執行</translation>
    </message>
    <message>
        <source>Incident (optional)</source>
        <translation>事件（選填）</translation>
    </message>
    <message>
        <source>Reset for drill…</source>
        <translation>重設以供演練…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit this checklist</source>
        <translation>編輯此檢查清單</translation>
    </message>
    <message>
        <source>Print binder…</source>
        <translation>列印手冊…</translation>
    </message>
    <message>
        <source>Print the whole playbook, with tick boxes and phone numbers</source>
        <translation>列印完整應變手冊，附勾選框與電話號碼</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v / %m</translation>
    </message>
    <message>
        <source>Ticks and notes are recorded under this name</source>
        <translation>勾選與備註會以此名稱記錄</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>所選項目的備註</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>儲存備註</translation>
    </message>
    <message>
        <source>Notes for the whole run</source>
        <translation>整次執行的備註</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Other checklists…</source>
        <translation>其他檢查清單…</translation>
    </message>
    <message>
        <source>Choose another checklist or run</source>
        <translation>選擇其他檢查清單或執行紀錄</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>No run yet: ticking an item starts one</source>
        <translation>尚未執行：勾選任一項目即開始</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3/%4</source>
        <translation>第 %1 次執行 · %2 · %3/%4</translation>
    </message>
    <message>
        <source> · incident %1</source>
        <translation> · 事件 %1</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>%1 由 %2 開始</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未開始</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 項逾時</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>勾選</translation>
    </message>
    <message>
        <source>Reset for drill</source>
        <translation>重設以供演練</translation>
    </message>
    <message>
        <source>Clear every tick and note of run %1 and restart its clock? The audit log keeps what was done.</source>
        <translation>要清除第 %1 次執行的所有勾選與備註並重新計時嗎？稽核日誌仍會保留已完成的紀錄。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>(no role yet)</source>
        <translation>（尚無角色）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>新增人員…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Add or update people from a vCard (.vcf) or CSV file</source>
        <translation>從 vCard (.vcf) 或 CSV 檔新增或更新人員</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Write the people to a vCard (.vcf) or CSV file</source>
        <translation>將人員寫入 vCard (.vcf) 或 CSV 檔</translation>
    </message>
    <message>
        <source>Who validates before anything is published</source>
        <translation>對外發布前由誰審核</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>升級通報順序</translation>
    </message>
    <message>
        <source>Role and people</source>
        <translation>角色與人員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Not assigned to a role</source>
        <translation>未指派角色</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人員</translation>
    </message>
    <message>
        <source>Remove %1 from the crisis team? Their details are deleted; the audit log keeps only that they were removed.</source>
        <translation>要將 %1 從危機小組移除嗎？其資料將被刪除；稽核日誌只記錄這次移除。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>新增 %1 人，更新 %2 人</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>已將 %1 人寫入 %2</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>匯入人員</translation>
    </message>
    <message>
        <source>vCard or CSV (*.vcf *.vcard *.csv)</source>
        <translation>vCard 或 CSV (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>匯出人員</translation>
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
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新優先</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>最嚴重優先</translation>
    </message>
    <message>
        <source>Popular first</source>
        <translation>觸及最廣優先</translation>
    </message>
    <message>
        <source>The order of the wall</source>
        <translation>提及牆的排序方式</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>佇列：</translation>
    </message>
    <message numerus="yes">
        <source>%n critical unhandled</source>
        <translation>
            <numerusform>%n 則危急未處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n 則高</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n 則中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n 則低</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the %1 mentions nobody has handled yet</source>
        <translation>顯示尚無人處理的「%1」提及</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned</source>
        <translation>
            <numerusform>%n 則未指派</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the unhandled mentions nobody is assigned to</source>
        <translation>顯示未處理且未指派負責人的提及</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n 則待核准</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies waiting for a validating role: open the templates</source>
        <translation>等待審核角色核准的回覆：開啟範本</translation>
    </message>
    <message>
        <source>Show the mentions routed to this queue</source>
        <translation>顯示分派到此佇列的提及</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <source>CRISIS MODE</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>Since detection</source>
        <translation>偵測至今</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黃金一小時</translation>
    </message>
    <message>
        <source>24-hour response</source>
        <translation>24 小時回應</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>記錄回應…</translation>
    </message>
    <message>
        <source>Alerts raised since crisis mode began: their mentions join the incident</source>
        <translation>危機模式開始後觸發的警示：其提及將併入事件</translation>
    </message>
    <message>
        <source>A response went out: record it (the first one stops the clocks)</source>
        <translation>已發出回應：記錄下來（第一則回應會停止計時）</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>離開危機模式</translation>
    </message>
    <message>
        <source>Crisis team…</source>
        <translation>危機小組…</translation>
    </message>
    <message>
        <source>Show the crisis team&apos;s contacts</source>
        <translation>顯示危機小組的聯絡方式</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 則提及</numerusform>
        </translation>
    </message>
    <message>
        <source>wall: %1</source>
        <translation>看板：%1</translation>
    </message>
    <message>
        <source>surge polling until %1</source>
        <translation>加速輪詢至 %1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演練</translation>
    </message>
    <message>
        <source>Nobody is on the crisis team yet: add the people behind each role in Contacts</source>
        <translation>危機小組還沒有人：請在「聯絡人」中為每個角色加入負責人</translation>
    </message>
    <message numerus="yes">
        <source>+%n alert(s): add to incident</source>
        <translation>
            <numerusform>+%n 則警示：加入事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <source>met ✓</source>
        <translation>達成 ✓</translation>
    </message>
    <message>
        <source>missed +%1</source>
        <translation>逾時 +%1</translation>
    </message>
</context>
<context>
    <name>CrisisController</name>
    <message>
        <source>Crisis mode could not start</source>
        <translation>無法啟動危機模式</translation>
    </message>
    <message numerus="yes">
        <source>Crisis mode on: incident %1 %2 with %n mention(s); surge polling of priority feeds</source>
        <translation>
            <numerusform>危機模式已啟動：事件 %1 已%2，含 %n 則提及；優先訂閱源加速輪詢</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation checklist did not start</source>
        <translation>啟動檢查清單未能開始</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>The alert was not added to the incident</source>
        <translation>此警報未能加入事件</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added to incident %1</source>
        <translation>
            <numerusform>已將 %n 則提及加入事件 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>The crisis team could not be read</source>
        <translation>無法讀取危機小組</translation>
    </message>
    <message>
        <source>Crisis mode could not be left</source>
        <translation>無法離開危機模式</translation>
    </message>
    <message>
        <source>Crisis mode off; incident %1 stays open</source>
        <translation>危機模式已關閉；事件 %1 仍未結案</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Author profile</source>
        <translation>作者檔案</translation>
    </message>
    <message>
        <source>Who wrote this: their mentions, labels and notes</source>
        <translation>誰寫的：其提及、標籤和備註</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <source>Answer with a template, prefilled from this mention and its incident</source>
        <translation>使用範本回覆，依此提及與其事件預先填寫</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Nobody: type a name, Enter</source>
        <translation>未指派：輸入姓名後按 Enter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Add a tag, Enter</source>
        <translation>輸入標籤後按 Enter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation>給團隊的備註</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>儲存備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Choose a mention to read it in full</source>
        <translation>選取一則提及以閱讀全文</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>（無連結）</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters</source>
        <translation>顯示 %2 個字元中的前 %1 個</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>符合：%1</translation>
    </message>
    <message>
        <source>No watch term matched</source>
        <translation>未符合任何監看詞</translation>
    </message>
    <message>
        <source>Replying now: %1</source>
        <translation>正在回覆：%1</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>也在查看：%1</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>位追蹤者</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>情緒 %1</translation>
    </message>
    <message>
        <source>severity %1 of 100</source>
        <translation>嚴重度 %1 / 100</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>移除此標籤</translation>
    </message>
</context>
<context>
    <name>FeedPreview</name>
    <message>
        <source>the test fetch could not start</source>
        <translation>無法開始測試擷取</translation>
    </message>
    <message>
        <source>no answer within %1 s; the test fetch was stopped</source>
        <translation>%1 秒內無回應，已停止測試擷取</translation>
    </message>
    <message>
        <source>the test fetch ended without an answer (exit code %1)</source>
        <translation>測試擷取結束但沒有回應（結束代碼 %1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search mentions  (Ctrl+F)</source>
        <translation>搜尋提及  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>監看詞</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已儲存的檢視</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Back to the default view: every active mention</source>
        <translation>回到預設檢視：所有有效提及</translation>
    </message>
    <message>
        <source>Active (leaves out ignored and hidden)</source>
        <translation>有效（不含已忽略與已隱藏）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多篩選條件</translation>
    </message>
    <message>
        <source>Showing a view chosen elsewhere; click to go back to the wall</source>
        <translation>正在顯示從其他地方選擇的檢視；按一下回到看板</translation>
    </message>
    <message>
        <source>(no saved views)</source>
        <translation>（沒有已儲存的檢視）</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>儲存目前檢視…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>刪除已儲存的檢視</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>檢視名稱：</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Open incidents</source>
        <translation>未結案事件</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新增事件…</translation>
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
        <translation>偵測到</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>開啟事件</translation>
    </message>
    <message>
        <source>Mentions added</source>
        <translation>加入提及</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回應</translation>
    </message>
    <message>
        <source>Crisis mode on</source>
        <translation>啟動危機模式</translation>
    </message>
    <message>
        <source>Crisis mode off</source>
        <translation>關閉危機模式</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>column: when the incident was opened</comment>
        <translation>開啟時間</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>備註…</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>回應…</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>加入所選</translation>
    </message>
    <message>
        <source>Add the mentions selected on the wall to this incident</source>
        <translation>將看板上選取的提及加入此事件</translation>
    </message>
    <message>
        <source>Show on wall</source>
        <translation>在看板上顯示</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Incidents could not be read</source>
        <translation>無法讀取事件</translation>
    </message>
    <message>
        <source>The incident could not be read</source>
        <translation>無法讀取此事件</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>尚無事件</translation>
    </message>
    <message>
        <source>Open one from an alert (Crisis mode) or with “New incident…”.</source>
        <translation>可從警報（危機模式）或「新增事件…」建立。</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>結案於 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>偵測於 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 則提及</numerusform>
        </translation>
    </message>
    <message>
        <source>CRISIS MODE</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>terms: %1</source>
        <translation>監看詞：%1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演練</translation>
    </message>
    <message>
        <source>to crisis mode</source>
        <translation>進入危機模式</translation>
    </message>
    <message>
        <source>to first response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>to close</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Measured from detection: %1</source>
        <translation>自偵測起計：%1</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>離開危機模式</translation>
    </message>
    <message>
        <source>Mentions (%1)</source>
        <translation>提及(%1)</translation>
    </message>
    <message>
        <source>Closed without a recorded response</source>
        <translation>結案時沒有記錄任何回應</translation>
    </message>
    <message>
        <source>Since detection %1</source>
        <translation>偵測至今 %1</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未能建立</translation>
    </message>
    <message>
        <source>Incident %1 opened</source>
        <translation>已建立事件 %1</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已新增備註</translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation>未能新增備註</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>已記錄回應</translation>
    </message>
    <message>
        <source>Choose mentions on the wall first</source>
        <translation>請先在看板上選取提及</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added</source>
        <translation>
            <numerusform>已加入 %n 則提及</numerusform>
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
        <translation>事件結案</translation>
    </message>
    <message>
        <source>Close “%1”? Its timeline and mentions are kept; notes can still be added for the review.</source>
        <translation>要將「%1」結案嗎？時間軸與提及都會保留，之後仍可為檢討新增備註。</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>事件已結案</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未能結案</translation>
    </message>
    <message>
        <source>Reply recorded as a response of incident %1</source>
        <translation>回覆已記錄為事件 %1 的回應</translation>
    </message>
    <message>
        <source>The response was not recorded</source>
        <translation>未能記錄回應</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>新進</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隱藏</translation>
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
        <translation>產品瑕疵</translation>
    </message>
    <message>
        <source>Service complaint</source>
        <translation>服務客訴</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>配送延遲</translation>
    </message>
    <message>
        <source>Billing or refund</source>
        <translation>帳務或退款</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>謠言</translation>
    </message>
    <message>
        <source>Employee misconduct</source>
        <translation>員工不當行為</translation>
    </message>
    <message>
        <source>Hacked account</source>
        <translation>帳號遭盜用</translation>
    </message>
    <message>
        <source>Backlash</source>
        <translation>反彈聲浪</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>服務中斷</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>讚美</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>提問</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>negative sentiment</source>
        <translation>負面情緒</translation>
    </message>
    <message>
        <source>positive sentiment</source>
        <translation>正面情緒</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>risk term</source>
        <translation>風險用語</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>來源影響力</translation>
    </message>
    <message>
        <source>author reach</source>
        <translation>作者影響力</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>watch term</source>
        <translation>監看詞</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>擴散速度</translation>
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
        <translation>作者標籤</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>烏克蘭文</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未評分</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the playbook</source>
        <translation>應變手冊的語言</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系統預設(%1)</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>A mention&apos;s level comes from its severity (0-100): at or above a threshold it takes that level. Try other thresholds to see how many stored mentions would move, then apply them to this workspace: the stored mentions take their new levels at once, and new ones are scored with them.</source>
        <translation>提及的等級由其嚴重度（0-100）決定：達到門檻即屬該等級。試試其他門檻，看看有多少已儲存的提及會改變等級，再套用到此工作區：已儲存的提及會立即採用新等級，新提及也以此評分。</translation>
    </message>
    <message>
        <source>Apply to this workspace…</source>
        <translation>套用到此工作區…</translation>
    </message>
    <message>
        <source>Back to the shipped thresholds</source>
        <translation>回到預設門檻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>With these thresholds</source>
        <translation>套用這些門檻後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Apply severity thresholds</source>
        <translation>套用嚴重度門檻</translation>
    </message>
    <message numerus="yes">
        <source>Critical from %1, high from %2, medium from %3: %n stored mention(s) will change level (recorded in the audit log). New mentions are scored with these thresholds.</source>
        <translation>
            <numerusform>嚴重從 %1、高從 %2、中從 %3：%n 則已儲存的提及將改變等級（記錄於稽核日誌）。新提及將以這些門檻評分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message numerus="yes">
        <source>Severity thresholds applied: %n mention(s) changed level</source>
        <translation>
            <numerusform>已套用嚴重度門檻：%n 則提及改變了等級</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) would change level.</source>
        <translation>
            <numerusform>有 %n 則已儲存的提及會改變等級。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（唯讀）</translation>
    </message>
    <message>
        <source>Something went wrong (%1): %2</source>
        <translation>發生錯誤(%1):%2</translation>
    </message>
    <message>
        <source>This workspace is read-only for you: nothing was changed</source>
        <translation>此工作區對您是唯讀的：未做任何變更</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即輪詢</translation>
    </message>
    <message>
        <source>Fetch every feed now (feeds that asked to wait are left to wait)</source>
        <translation>立即擷取所有訂閱源（要求稍候的訂閱源會繼續等待）</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Reload wall</source>
        <translation>重新載入看板</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>詳細資料窗格</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>&amp;Select all mentions shown</source>
        <translation>選取所有顯示的提及(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy mention</source>
        <translation>複製提及(&amp;C)</translation>
    </message>
    <message>
        <source>Back up workspace…</source>
        <translation>備份工作區…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>開啟工作區…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>開啟示範工作區</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>About Crisis Console</source>
        <translation>關於 Crisis Console</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
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
        <translation>訂閱源(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation>危機(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 則提及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active mention(s)</source>
        <translation>
            <numerusform>%n 則有效提及</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace cannot be written: %1. Triage is turned off; the checklist, templates and contacts still work.</source>
        <translation>無法寫入此工作區：%1。分類處理已停用；檢查清單、範本與聯絡人仍可使用。</translation>
    </message>
    <message>
        <source>Read-only: this workspace&apos;s folder cannot be written by you (a read-only folder or mount, or another user&apos;s). The wall, search, filters, reports and backups work; triage, polling and edits are off.</source>
        <translation>唯讀：您無法寫入此工作區的資料夾（唯讀資料夾或掛載點，或屬於其他使用者）。看板、搜尋、篩選、報告與備份照常可用；分類處理、輪詢與編輯已關閉。</translation>
    </message>
    <message>
        <source>The reply could not be prefilled</source>
        <translation>無法預先填寫回覆</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>○ Read-only (no polling)</source>
        <translation>○ 唯讀（不輪詢）</translation>
    </message>
    <message>
        <source>○ Offline mode (no polling)</source>
        <translation>○ 離線模式（不輪詢）</translation>
    </message>
    <message>
        <source>○ Offline: no feed answers · last poll %1</source>
        <translation>○ 離線：訂閱源均無回應 · 上次輪詢 %1</translation>
    </message>
    <message>
        <source>● Online · last poll %1</source>
        <translation>● 連線中 · 上次輪詢 %1</translation>
    </message>
    <message>
        <source>○ Not polling · last poll %1</source>
        <translation>○ 未輪詢 · 上次輪詢 %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n feed(s) in error</source>
        <translation>
            <numerusform>⚠ %n 個訂閱源發生錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode: nothing is fetched</source>
        <translation>離線模式：不會擷取任何內容</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n feed(s) now</source>
        <translation>
            <numerusform>正在輪詢 %n 個訂閱源</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds in error</source>
        <translation>發生錯誤的訂閱源</translation>
    </message>
    <message>
        <source>No feed is failing</source>
        <translation>沒有發生錯誤的訂閱源</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>備份工作區</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份至 %1</translation>
    </message>
    <message>
        <source>Open workspace folder</source>
        <translation>開啟工作區資料夾</translation>
    </message>
    <message>
        <source>Listen, detect, respond. Local-first: nothing leaves this machine but the feed requests you set up.</source>
        <translation>聆聽、偵測、回應。本機優先：除了你設定的訂閱源請求，沒有任何資料會離開這台電腦。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Volume, sentiment and severity over time, with the alert windows</source>
        <translation>聲量、情緒與嚴重度隨時間的變化，並標示警報時段</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>危機模式</translation>
    </message>
    <message>
        <source>Open an incident from the current alert, start the activation checklist, show the holding statement and the crisis team, watch the incident&apos;s terms, poll priority feeds faster</source>
        <translation>從目前的警報建立事件、開始啟動檢查清單、顯示初步聲明與危機小組、監看事件相關詞，並加快輪詢優先訂閱源</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>來源…</translation>
    </message>
    <message>
        <source>Feeds with their health; add, edit, enable, disable, retry, test</source>
        <translation>訂閱源及其狀態；新增、編輯、啟用、停用、重試、測試</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>新增訂閱源…</translation>
    </message>
    <message>
        <source>Google News, Reddit, Mastodon, App Store reviews, Google Alerts or any feed</source>
        <translation>Google 新聞、Reddit、Mastodon、App Store 評論、Google 快訊或任何訂閱源</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>匯入 OPML…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>匯出 OPML…</translation>
    </message>
    <message>
        <source>Import feeds from OPML</source>
        <translation>從 OPML 匯入訂閱源</translation>
    </message>
    <message>
        <source>OPML (*.opml *.xml);;All files (*)</source>
        <translation>OPML (*.opml *.xml)；；所有檔案 (*)</translation>
    </message>
    <message>
        <source>OPML not imported</source>
        <translation>未能匯入 OPML</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added</source>
        <translation>
            <numerusform>已新增 %n 個訂閱源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>，略過 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML import</source>
        <translation>OPML 匯入</translation>
    </message>
    <message>
        <source>Export feeds to OPML</source>
        <translation>將訂閱源匯出為 OPML</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported</source>
        <translation>
            <numerusform>已匯出 %n 個訂閱源</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML not exported</source>
        <translation>未能匯出 OPML</translation>
    </message>
    <message>
        <source>Watch terms…</source>
        <translation>監看詞…</translation>
    </message>
    <message>
        <source>What to listen for, with a live preview of the mentions each term matches</source>
        <translation>要監聽的內容，並即時預覽每個監看詞符合的提及</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新增事件</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>建立事件</translation>
    </message>
    <message>
        <source>e.g. Exploding kettle reports</source>
        <translation>例如：水壺爆裂事件</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message numerus="yes">
        <source>With the %n mention(s) selected on the wall</source>
        <translation>
            <numerusform>包含看板上選取的 %n 則提及</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>What was decided, learned or done (kept on the timeline)</source>
        <translation>做了什麼決定、學到什麼或完成什麼（保留在時間軸上）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Crisis Console alert</source>
        <translation>Crisis Console 警報</translation>
    </message>
    <message numerus="yes">
        <source>Crisis Console: %n new alerts</source>
        <translation>
            <numerusform>Crisis Console:%n 則新警報</numerusform>
        </translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>演練 · </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineWindow</name>
    <message>
        <source>Offline playbook — %1</source>
        <translation>離線應變手冊 — %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Mention history</source>
        <translation>提及紀錄</translation>
    </message>
    <message>
        <source>Offline playbook: the checklists, templates and crisis-team contacts work without the network and without the mentions database.</source>
        <translation>離線應變手冊：檢查清單、範本與危機小組聯絡人不需網路，也不需提及資料庫即可使用。</translation>
    </message>
    <message>
        <source>The mentions database cannot be used: %1</source>
        <translation>無法使用提及資料庫：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print binder…</source>
        <translation>列印手冊(&amp;P)…</translation>
    </message>
    <message>
        <source>Save binder as PDF or HTML…</source>
        <translation>將手冊儲存為 PDF 或 HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>No mentions stored yet.</source>
        <translation>尚未儲存任何提及。</translation>
    </message>
    <message>
        <source>The mention history cannot be read right now: %1</source>
        <translation>目前無法讀取提及紀錄：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Save binder</source>
        <translation>儲存手冊</translation>
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
        <translation>您的身分：勾選、草稿、核准與稽核紀錄都會記下您的名字。按一下即可變更。</translation>
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
        <translation>您的名字，與危機小組聯絡人名單上的寫法相同。勾選、草稿、核准與稽核紀錄都會記下它。</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>This workspace is read-only for you: the playbook is shown as it is and cannot be changed here.</source>
        <translation>此工作區對您是唯讀的：應變手冊按原樣顯示，無法在此變更。</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Approval</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>送交核准</translation>
    </message>
    <message>
        <source>Save this reply as a draft for a validating role to approve</source>
        <translation>將此回覆存為草稿，交由審核角色核准</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>The replies awaiting approval could not be read</source>
        <translation>無法讀取待核准的回覆</translation>
    </message>
    <message>
        <source>Replies wait for approval by: %1.</source>
        <translation>回覆須經以下角色核准：%1。</translation>
    </message>
    <message>
        <source>Replies go out as drafted; ask for approval when in doubt.</source>
        <translation>回覆依草稿直接發出；如有疑慮請送交核准。</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) awaiting approval</source>
        <translation>
            <numerusform>%n 則回覆待核准</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply %1 awaits approval (drafted by %2).</source>
        <translation>回覆 %1 待核准（草稿由 %2 撰寫）。</translation>
    </message>
    <message>
        <source>Reply %1 is approved (by %2): it can go out.</source>
        <translation>回覆 %1 已核准（%2）：可以發出。</translation>
    </message>
    <message>
        <source>Reply %1 was returned by %2: %3</source>
        <translation>回覆 %1 已被 %2 退回：%3</translation>
    </message>
    <message>
        <source>Reply %1 was recorded as sent.</source>
        <translation>回覆 %1 已記錄為已發出。</translation>
    </message>
    <message>
        <source>In crisis mode a reply goes out once a validating role has approved it.</source>
        <translation>危機模式下，回覆須經審核角色核准後才能發出。</translation>
    </message>
    <message>
        <source>Say which mention or incident the reply answers first</source>
        <translation>請先指定回覆針對的提及或事件</translation>
    </message>
    <message>
        <source>The reply was not saved</source>
        <translation>回覆未儲存</translation>
    </message>
    <message>
        <source>The reply was not approved</source>
        <translation>回覆未核准</translation>
    </message>
    <message>
        <source>Return the reply</source>
        <translation>退回回覆</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>需要修改什麼？</translation>
    </message>
    <message>
        <source>The reply was not returned</source>
        <translation>回覆未退回</translation>
    </message>
    <message>
        <source>The reply was not recorded</source>
        <translation>回覆未記錄</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record a response</source>
        <translation>記錄回應</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>記錄回應</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <source>The text as it was published</source>
        <translation>實際發布的文字</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>回應：</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Spike: {current} negative mentions about “{term}” in {minutes} min (usually {baseline})</source>
        <translation>激增：{minutes} 分鐘內有 {current} 則關於「{term}」的負面提及（平常為 {baseline} 則）</translation>
    </message>
    <message>
        <source>Spike: {current} negative mentions in {minutes} min (usually {baseline})</source>
        <translation>激增：{minutes} 分鐘內有 {current} 則負面提及（平常為 {baseline} 則）</translation>
    </message>
    <message>
        <source>Critical mention about “{term}”</source>
        <translation>關於「{term}」的嚴重提及</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>嚴重提及</translation>
    </message>
    <message>
        <source>{current} critical mentions about “{term}”</source>
        <translation>關於「{term}」的嚴重提及：{current} 則</translation>
    </message>
    <message>
        <source>{current} critical mentions</source>
        <translation>嚴重提及：{current} 則</translation>
    </message>
    <message>
        <source>Source went dark: {source} has brought nothing for {minutes} min</source>
        <translation>來源中斷：{source} 已 {minutes} 分鐘沒有任何內容</translation>
    </message>
    <message>
        <source>Coordinated campaign about “{term}”: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>關於「{term}」的協同操作：{minutes} 分鐘內有 {current} 位作者發布相同內容：「{text}」</translation>
    </message>
    <message>
        <source>Coordinated campaign: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>協同操作：{minutes} 分鐘內有 {current} 位作者發布相同內容：「{text}」</translation>
    </message>
    <message>
        <source>Alert: {kind}</source>
        <translation>警報：{kind}</translation>
    </message>
    <message>
        <source>{current} negative mentions about “{term}” in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>過去 {minutes} 分鐘內有 {current} 則關於「{term}」的負面提及。在先前 {windows} 個同樣長度的時段中，平常為 {baseline} 則，上下約 {sigma} 則（σ，平常的波動）。</translation>
    </message>
    <message>
        <source>{current} negative mentions in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>過去 {minutes} 分鐘內有 {current} 則負面提及。在先前 {windows} 個同樣長度的時段中，平常為 {baseline} 則，上下約 {sigma} 則（σ，平常的波動）。</translation>
    </message>
    <message>
        <source>An alert is raised above usual + k·σ = {threshold} (k = {k}, sensitivity “{sensitivity}”) and at {min_count} mentions or more.</source>
        <translation>超過平常值 + k·σ = {threshold}（k = {k}，靈敏度「{sensitivity}」）且至少 {min_count} 則時發出警報。</translation>
    </message>
    <message>
        <source>Mentions about “{term}” scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>關於「{term}」被評為嚴重的提及：{current} 則。不論數量多寡，每一則都需要立即查看。</translation>
    </message>
    <message>
        <source>Mentions scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>被評為嚴重的提及：{current} 則。不論數量多寡，每一則都需要立即查看。</translation>
    </message>
    <message>
        <source>{current} different authors about “{term}” posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>{minutes} 分鐘內有 {current} 位不同作者發布了關於「{term}」的相同內容：「{text}」（比對時不計大小寫、全半形、標點、連結與 @帳號）。其中 {new} 位是最近一天內才首次出現。至少 {min_authors} 位作者且新作者占 {share}% 以上時發出警報；之後的複製內容會併入此警報。作者：{names}。</translation>
    </message>
    <message>
        <source>{current} different authors posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>{minutes} 分鐘內有 {current} 位不同作者發布了相同內容：「{text}」（比對時不計大小寫、全半形、標點、連結與 @帳號）。其中 {new} 位是最近一天內才首次出現。至少 {min_authors} 位作者且新作者占 {share}% 以上時發出警報；之後的複製內容會併入此警報。作者：{names}。</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} 等另外 {more} 位</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>A priority source has brought nothing for longer than it should: you may be blind to what it says.</source>
        <translation>優先來源沉寂的時間超出預期：您可能看不到它說了什麼。</translation>
    </message>
    <message>
        <source>Its last error: {error}</source>
        <translation>最後一次錯誤：{error}</translation>
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
        <translation>嚴重提及：{term}</translation>
    </message>
    <message>
        <source>Critical mention: all mentions</source>
        <translation>嚴重提及：所有提及</translation>
    </message>
    <message>
        <source>Source went dark: {term}</source>
        <translation>來源中斷：{term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: {term}</source>
        <translation>協同操作：{term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: all mentions</source>
        <translation>協同操作：所有提及</translation>
    </message>
    <message>
        <source>Alert: {term}</source>
        <translation>警報：{term}</translation>
    </message>
    <message>
        <source>Crisis {time}</source>
        <translation>危機 {time}</translation>
    </message>
    <message>
        <source>Crisis mode on; surge polling of priority feeds</source>
        <translation>危機模式開啟；優先來源加速輪詢</translation>
    </message>
    <message>
        <source>Crisis mode off; surge polling stopped</source>
        <translation>危機模式關閉；加速輪詢已停止</translation>
    </message>
    <message>
        <source>Mentions added: {count}</source>
        <translation>已加入提及：{count} 則</translation>
    </message>
    <message>
        <source>Mentions added from an alert: {count}</source>
        <translation>從警報加入的提及：{count} 則</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>事件已結案</translation>
    </message>
    <message>
        <source>Ticked by the console: {item}</source>
        <translation>由系統勾選：{item}</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>黃金一小時</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <source>{clock}: {time} left</source>
        <translation>{clock}：剩餘 {time}</translation>
    </message>
    <message>
        <source>{clock}: met ✓</source>
        <translation>{clock}：已達成 ✓</translation>
    </message>
    <message>
        <source>{clock}: missed by {time}</source>
        <translation>{clock}：逾時 {time}</translation>
    </message>
    <message>
        <source>{similar} similar within {minutes} min</source>
        <translation>{minutes} 分鐘內有 {similar} 則相似</translation>
    </message>
    <message>
        <source>{reach} source</source>
        <translation>{reach}來源</translation>
    </message>
    <message>
        <source>set on the source</source>
        <translation>於來源設定</translation>
    </message>
    <message>
        <source>followers: {followers}</source>
        <translation>追蹤者：{followers}</translation>
    </message>
    <message>
        <source>rating: {stars} of 5 stars</source>
        <translation>評分：{stars} / 5 星</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作項目</translation>
    </message>
    <message>
        <source>What it handles</source>
        <translation>處理範圍</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>為何不用</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Timed out: no complete answer within {seconds} s</source>
        <translation>逾時：{seconds} 秒內未收到完整回應</translation>
    </message>
    <message>
        <source>Network error: the feed could not be reached</source>
        <translation>網路錯誤：無法連上來源</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP {status})</source>
        <translation>伺服器回應錯誤（HTTP {status}）</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>安全連線（TLS）失敗</translation>
    </message>
    <message>
        <source>The feed is too large</source>
        <translation>來源內容過大</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>重新導向次數過多</translation>
    </message>
    <message>
        <source>Not a valid feed address</source>
        <translation>不是有效的來源網址</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <source>The transfer was cut short</source>
        <translation>傳輸中途中斷</translation>
    </message>
    <message>
        <source>The address is refused (a local or private network)</source>
        <translation>拒絕此位址（本機或私人網路）</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>News media</source>
        <translation>新聞媒體</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>政府機關</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>社群網路</translation>
    </message>
    <message>
        <source>Forum or community</source>
        <translation>論壇或社群</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>編輯訂閱源</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>新增訂閱源</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>監看內容</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>The feed address appears here</source>
        <translation>訂閱源網址會顯示在這裡</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>訂閱源網址：</translation>
    </message>
    <message>
        <source>How it is polled</source>
        <translation>輪詢方式</translation>
    </message>
    <message>
        <source>Optional: the name shown on the wall (else the feed&apos;s own title)</source>
        <translation>選填：在看板上顯示的名稱（未填則使用訂閱源本身的標題）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Priority: polled every minute in crisis mode, and an alert when it goes dark</source>
        <translation>優先：危機模式下每分鐘輪詢，停止更新時發出警報</translation>
    </message>
    <message>
        <source>Internal: on this machine or the company network (private addresses allowed)</source>
        <translation>內部：位於本機或公司網路（允許私人位址）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>觸及範圍：</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>輪詢間隔：</translation>
    </message>
    <message>
        <source>Test fetch</source>
        <translation>測試擷取</translation>
    </message>
    <message>
        <source>Fetch the feed once and show what it would bring; nothing is stored</source>
        <translation>擷取訂閱源一次並顯示會取得的內容；不會儲存任何資料</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>新增訂閱源</translation>
    </message>
    <message>
        <source>The address of a feed cannot change; add a new feed for another address.</source>
        <translation>訂閱源的網址無法變更；如需其他網址，請新增訂閱源。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>擷取中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 feed “%2”: %n entries</source>
        <translation>
            <numerusform>%1 訂閱源「%2」：%n 筆項目</numerusform>
        </translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（無日期）</translation>
    </message>
    <message>
        <source>Test fetch failed: %1</source>
        <translation>測試擷取失敗：%1</translation>
    </message>
</context>
<context>
    <name>SourcesManager</name>
    <message>
        <source>priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>新增訂閱源…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重試</translation>
    </message>
    <message>
        <source>Test fetch…</source>
        <translation>測試擷取…</translation>
    </message>
    <message>
        <source>Feeds could not be read: %1</source>
        <translation>無法讀取訂閱源：%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n 個訂閱源</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>發生錯誤</translation>
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
        <translation>啟用</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>已啟用：%1</translation>
    </message>
    <message>
        <source>%1 is polled at the poller&apos;s next look (within seconds)</source>
        <translation>輪詢程式下次檢查時（數秒內）就會輪詢 %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation>編輯範本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Text ({placeholders} are filled in when used)</source>
        <translation>內文（{placeholders} 會在使用時填入）</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Fill in</source>
        <translation>填寫</translation>
    </message>
    <message>
        <source>Check the length against this channel&apos;s limit</source>
        <translation>依此管道的字數上限檢查長度</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>複製回覆</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>編輯範本…</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>記錄為已發送</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>預覽管道</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>回覆對象</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not filled in: %1</source>
        <translation>尚未填寫：%1</translation>
    </message>
    <message>
        <source>Tone: “%1” — %2</source>
        <translation>語氣：「%1」— %2</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters</source>
        <translation>超過 %1 的上限：%2 個字</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>請選擇範本</translation>
    </message>
    <message>
        <source>Fill in every placeholder first</source>
        <translation>請先填寫所有欄位</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>已記錄為已發送。</translation>
    </message>
    <message>
        <source>Recorded as sent in reply to %1 %2.</source>
        <translation>已記錄為回覆 %1 %2 的發送內容。</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>關鍵人物</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>Risk phrase</source>
        <translation>風險詞語</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>監看詞</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新增監看詞</translation>
    </message>
    <message>
        <source>Stop watching…</source>
        <translation>停止監看…</translation>
    </message>
    <message>
        <source>e.g. Acme AND (kettle OR &quot;K2&quot;) NOT giveaway</source>
        <translation>例如：Acme AND (水壺 OR &quot;K2&quot;) NOT 抽獎</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>查詢：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Words, &quot;quoted phrases&quot;, AND, OR, NOT and parentheses; case, accents and Traditional/Simplified Chinese are ignored.</source>
        <translation>可使用字詞、&quot;加引號的片語&quot;、AND、OR、NOT 與括號；不區分大小寫、重音符號及繁簡中文。</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>新增監看詞</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Type a query to see which stored mentions it matches.</source>
        <translation>輸入查詢，查看符合的已儲存提及。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>搜尋中…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) match</source>
        <translation>
            <numerusform>有 %n 則已儲存的提及符合</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the newest %2 mentions match</source>
        <translation>最新的 %2 則提及中有 %1 則符合</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n stored mention(s) match</source>
        <translation>
            <numerusform>正在監看 %1：有 %n 則已儲存的提及符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止監看</translation>
    </message>
    <message>
        <source>Stop watching “%1”? Mentions it matched are kept; they only lose this term.</source>
        <translation>要停止監看「%1」嗎？符合的提及會保留，只是不再標記此監看詞。</translation>
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
        <translation>中斷</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>No mentions in this range</source>
        <translation>此範圍內沒有提及</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative, %3 alert windows</source>
        <translation>%1 則提及，%2 則負面，%3 個警報時段</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative</source>
        <translation>%1 則提及，%2 則負面</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>情緒 %1</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>New</source>
        <translation>新進</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>標為新進</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>標為處理中</translation>
    </message>
    <message>
        <source>Mark responded</source>
        <translation>標為已回應</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>備註…</translation>
    </message>
    <message>
        <source>Open link in browser</source>
        <translation>在瀏覽器中開啟連結</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>設定狀態</translation>
    </message>
    <message numerus="yes">
        <source>Set %n mention(s) to “%1”?</source>
        <translation>
            <numerusform>要將 %n 則提及設為「%1」嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無人</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n mention(s) to %1?</source>
        <translation>
            <numerusform>要將 %n 則提及指派給 %1 嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已指派給 %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n mention(s) “%1”?</source>
        <translation>
            <numerusform>要為 %n 則提及加上標籤「%1」嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>已加上標籤「%1」</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n mention(s)?</source>
        <translation>
            <numerusform>要從 %n 則提及移除標籤「%1」嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>tag “%1” removed</source>
        <translation>已移除標籤「%1」</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>設定備註</translation>
    </message>
    <message numerus="yes">
        <source>Replace the notes of %n mention(s)?</source>
        <translation>
            <numerusform>要取代 %n 則提及的備註嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>note saved</source>
        <translation>已儲存備註</translation>
    </message>
    <message>
        <source>Choose a mention first</source>
        <translation>請先選取一則提及</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s): %1</source>
        <translation>
            <numerusform>%n 則提及：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved (%1): %2</source>
        <translation>未儲存(%1):%2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>復原 %1</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>（按 Ctrl+Z 復原）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>沒有可復原的操作</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>Could not undo (%1): %2</source>
        <translation>無法復原(%1):%2</translation>
    </message>
    <message>
        <source>Assign to (empty: nobody):</source>
        <translation>指派給（留空表示無人）：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note (replaces the current one):</source>
        <translation>備註（會取代目前的備註）：</translation>
    </message>
    <message>
        <source>This mention has no web link to open</source>
        <translation>這則提及沒有可開啟的網頁連結</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>標題或內文</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>%1, unhandled</source>
        <translation>%1，未處理</translation>
    </message>
    <message>
        <source>Unassigned, unhandled</source>
        <translation>未指派，未處理</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>佇列：%1</translation>
    </message>
    <message>
        <source>No mentions yet.
Add feeds and watch terms (Feeds menu); new mentions appear here as they arrive.</source>
        <translation>尚無提及。
請新增訂閱源與監看詞（訂閱源選單）；新的提及一到就會顯示在這裡。</translation>
    </message>
    <message>
        <source>No mention matches this view.
Clear the filters to see every active mention.</source>
        <translation>沒有符合此檢視的提及。
清除篩選條件即可查看所有有效提及。</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>▲ Many new mentions: show them</source>
        <translation>▲ 有許多新提及：顯示</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n new</source>
        <translation>
            <numerusform>▲ %n 則新提及</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchManager</name>
    <message>
        <source>Watch terms</source>
        <translation>監看詞</translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation>嚴重度等級</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Crisis Console</source>
        <translation>歡迎使用 Crisis Console</translation>
    </message>
    <message>
        <source>This workspace is empty. See a crisis unfold in the demo, or set up your own listening: what to watch, where, and who to call when it goes wrong.</source>
        <translation>這個工作區還是空的。你可以在示範中看看危機如何發展，或設定自己的監聽：要監看什麼、在哪裡監看，以及出事時該打給誰。</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>開啟示範工作區</translation>
    </message>
    <message>
        <source>1. Add your brand&apos;s terms…</source>
        <translation>1. 新增品牌監看詞…</translation>
    </message>
    <message>
        <source>2. Add sources…</source>
        <translation>2. 新增來源…</translation>
    </message>
    <message>
        <source>3. Fill in the crisis team…</source>
        <translation>3. 填寫危機小組…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
</context>
</TS>
