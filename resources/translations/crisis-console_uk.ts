<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Why?</source>
        <translation>Чому?</translation>
    </message>
    <message>
        <source>Baseline, current count, spread and the mentions behind this alert</source>
        <translation>Базовий рівень, поточна кількість, розкид і згадки, через які спрацювало це сповіщення</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Кризовий режим</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode (Ctrl+Shift+C)</source>
        <translation>Відкрити інцидент із цими згадками й перейти в кризовий режим (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Mark this alert as seen (recorded in the audit log)</source>
        <translation>Позначити сповіщення як переглянуте (записується в журнал аудиту)</translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation>Додати до інциденту</translation>
    </message>
    <message>
        <source>Add this alert&apos;s mentions to the crisis incident</source>
        <translation>Додати згадки цього сповіщення до кризового інциденту</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>НАВЧАННЯ · </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Explain the latest alert</source>
        <translation>Пояснити останнє сповіщення</translation>
    </message>
    <message>
        <source>Why the newest alert was raised, with its mentions</source>
        <translation>Чому спрацювало найновіше сповіщення і які згадки за ним</translation>
    </message>
    <message>
        <source>Sound on new alerts</source>
        <translation>Звук для нових сповіщень</translation>
    </message>
    <message>
        <source>Play a chime when an alert arrives</source>
        <translation>Подавати звуковий сигнал, коли надходить сповіщення</translation>
    </message>
    <message>
        <source>Show Crisis Console</source>
        <translation>Показати Crisis Console</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>Не вдалося прочитати сповіщення: %1</translation>
    </message>
    <message>
        <source>No alert has been raised in this workspace</source>
        <translation>У цьому робочому просторі ще не було сповіщень</translation>
    </message>
    <message>
        <source>Could not dismiss the alert</source>
        <translation>Не вдалося закрити сповіщення</translation>
    </message>
</context>
<context>
    <name>AlertExplanation</name>
    <message>
        <source>Spike</source>
        <translation>Сплеск</translation>
    </message>
    <message>
        <source>Source went dark</source>
        <translation>Джерело замовкло</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>Критична згадка</translation>
    </message>
    <message>
        <source>Coordinated campaign</source>
        <translation>Скоординована кампанія</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Зазвичай</translation>
    </message>
    <message>
        <source>Spread (σ)</source>
        <translation>Розкид (σ)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>Above usual</source>
        <translation>Понад звичне</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Top severity</source>
        <translation>Найвища серйозність</translation>
    </message>
    <message>
        <source>Failures in a row</source>
        <translation>Невдач поспіль</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Мовчить уже</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Останній успіх</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Інтервал опитування</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <source>New among them</source>
        <translation>Нових серед них</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>Alert explained</source>
        <translation>Пояснення сповіщення</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Показати на стіні</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Кризовий режим</translation>
    </message>
    <message>
        <source>Open an incident with these mentions and switch to crisis mode</source>
        <translation>Відкрити інцидент із цими згадками й перейти в кризовий режим</translation>
    </message>
    <message>
        <source>Alert %1 explained</source>
        <translation>Пояснення сповіщення %1</translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>НАВЧАННЯ · </translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation>Сповіщення: %1</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>спрацювало %1</translation>
    </message>
    <message>
        <source>watch term “%1”</source>
        <translation>ключове слово «%1»</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>закрито %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n mention(s) behind this alert</source>
        <translation>
            <numerusform>%n згадка, через яку спрацювало сповіщення</numerusform>
            <numerusform>%n згадки, через які спрацювало сповіщення</numerusform>
            <numerusform>%n згадок, через які спрацювало сповіщення</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of the %2 mentions behind this alert</source>
        <translation>Найновіші %1 з %2 згадок, через які спрацювало сповіщення</translation>
    </message>
    <message>
        <source>This alert could not be read: %1</source>
        <translation>Не вдалося прочитати це сповіщення: %1</translation>
    </message>
</context>
<context>
    <name>AskName</name>
    <message>
        <source>Who is at the desk? Your name, as the crisis team&apos;s contacts list it, goes on ticks, drafts, approvals and the audit log.</source>
        <translation>Хто на зміні? Ваше ім&apos;я, як у контактах кризової команди, стоїть на позначках, чернетках, погодженнях і в журналі аудиту.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Label: pick or type</source>
        <translation>Мітка: виберіть або введіть</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Додати мітку</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Нотаток ще немає</translation>
    </message>
    <message>
        <source>A note for the team about this person, Enter</source>
        <translation>Нотатка для команди про цю людину, Enter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Export for the person…</source>
        <translation>Експорт для цієї людини…</translation>
    </message>
    <message>
        <source>Everything held about this person, in one JSON file (a subject-access request)</source>
        <translation>Усе, що зберігається про цю людину, в одному файлі JSON (запит суб’єкта даних)</translation>
    </message>
    <message>
        <source>Erase what the team wrote…</source>
        <translation>Стерти те, що написала команда…</translation>
    </message>
    <message>
        <source>Erase the notes, labels and links about this person; their mentions stay</source>
        <translation>Стерти нотатки, мітки й зв’язки щодо цієї людини; її згадки лишаються</translation>
    </message>
    <message>
        <source>Choose an author to see their profile</source>
        <translation>Виберіть автора, щоб побачити профіль</translation>
    </message>
    <message>
        <source>Nothing the console can tell on its own</source>
        <translation>Консоль сама нічого не може сказати</translation>
    </message>
    <message>
        <source>Same person as: %1</source>
        <translation>Та сама людина, що й: %1</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>згадок: %1</translation>
    </message>
    <message>
        <source>%1% negative</source>
        <translation>%1% негативних</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>уперше %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>востаннє %1</translation>
    </message>
    <message>
        <source>highest severity %1</source>
        <translation>найвища серйозність %1</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>підписників: %1</translation>
    </message>
    <message>
        <source>Remove this label</source>
        <translation>Зняти цю мітку</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>Експортувати все про цю людину</translation>
    </message>
    <message>
        <source>Profile and %1 mentions written to %2</source>
        <translation>Профіль і згадки (%1) записано до %2</translation>
    </message>
    <message>
        <source>Erase what the team wrote</source>
        <translation>Стерти те, що написала команда</translation>
    </message>
    <message>
        <source>Erase every note, label and link the team recorded about %1? Their mentions stay. This cannot be undone.</source>
        <translation>Стерти всі нотатки, мітки й зв’язки, які команда записала про %1? Згадки лишаються. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
</context>
<context>
    <name>Authors</name>
    <message>
        <source>journalist</source>
        <translation>журналіст</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>інфлюенсер</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP-клієнт</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>конкурент</translation>
    </message>
    <message>
        <source>troll</source>
        <translation>троль</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>працівник</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новини</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Авторитетне джерело</translation>
    </message>
    <message>
        <source>High reach</source>
        <translation>Велике охоплення</translation>
    </message>
    <message>
        <source>Repeat complainer</source>
        <translation>Постійний скаржник</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Praiser</source>
        <translation>Шанувальник</translation>
    </message>
</context>
<context>
    <name>AuthorsPanel</name>
    <message>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <source>Who is behind the mentions: profiles, labels and notes</source>
        <translation>Хто стоїть за згадками: профілі, мітки й нотатки</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативні</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Востаннє</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причини</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Мітка:</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Усі автори</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Клацніть, щоб сортувати за цим стовпцем</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>показано: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>All mentions</source>
        <translation>Усі згадки</translation>
    </message>
    <message>
        <source>Watch term:</source>
        <translation>Ключове слово:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Shaded: alert windows. Hover a bar for its figures.</source>
        <translation>Затінено: періоди сповіщень. Наведіть на стовпчик, щоб побачити цифри.</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1</source>
        <translation>Не вдалося побудувати графік: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Edit checklist</source>
        <translation>Редагувати чек-лист</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що зробити</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <source>Due within (minutes)</source>
        <translation>Термін (хвилин)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Вилучити пункт</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без терміну</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>What to do</source>
        <translation>Що зробити</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Runs of this checklist, newest first</source>
        <translation>Запуски цього чек-листа, найновіші вгорі</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Почати запуск</translation>
    </message>
    <message>
        <source>Incident (optional)</source>
        <translation>Інцидент (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Reset for drill…</source>
        <translation>Скинути для навчання…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Edit this checklist</source>
        <translation>Редагувати цей чек-лист</translation>
    </message>
    <message>
        <source>Print binder…</source>
        <translation>Друкувати кризовий план…</translation>
    </message>
    <message>
        <source>Print the whole playbook, with tick boxes and phone numbers</source>
        <translation>Надрукувати весь кризовий план із полями для позначок і номерами телефонів</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>Виконано %v з %m</translation>
    </message>
    <message>
        <source>Ticks and notes are recorded under this name</source>
        <translation>Позначки й примітки записуються під цим ім&apos;ям</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>Примітка до вибраного пункту</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Зберегти примітку</translation>
    </message>
    <message>
        <source>Notes for the whole run</source>
        <translation>Примітки до всього запуску</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Other checklists…</source>
        <translation>Інші чек-листи…</translation>
    </message>
    <message>
        <source>Choose another checklist or run</source>
        <translation>Вибрати інший чек-лист або запуск</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <source>No run yet: ticking an item starts one</source>
        <translation>Запусків ще немає: позначте пункт, щоб почати</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3/%4</source>
        <translation>Запуск %1 · %2 · %3/%4</translation>
    </message>
    <message>
        <source> · incident %1</source>
        <translation> · інцидент %1</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Розпочато %1, %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не розпочато</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Прострочено: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <source>late</source>
        <translation>із запізненням</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Позначити</translation>
    </message>
    <message>
        <source>Reset for drill</source>
        <translation>Скинути для навчання</translation>
    </message>
    <message>
        <source>Clear every tick and note of run %1 and restart its clock? The audit log keeps what was done.</source>
        <translation>Зняти всі позначки й примітки запуску %1 і почати відлік заново? Журнал аудиту збереже все, що було зроблено.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit person</source>
        <translation>Редагувати особу</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <source>(no role yet)</source>
        <translation>(ще без ролі)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation>Заступник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Add person…</source>
        <translation>Додати особу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Add or update people from a vCard (.vcf) or CSV file</source>
        <translation>Додати або оновити людей із файлу vCard (.vcf) чи CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Write the people to a vCard (.vcf) or CSV file</source>
        <translation>Записати людей у файл vCard (.vcf) чи CSV</translation>
    </message>
    <message>
        <source>Who validates before anything is published</source>
        <translation>Хто погоджує текст перед публікацією</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>Порядок ескалації</translation>
    </message>
    <message>
        <source>Role and people</source>
        <translation>Роль і люди</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Заступник</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Not assigned to a role</source>
        <translation>Без ролі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопійовано: %1</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Вилучити особу</translation>
    </message>
    <message>
        <source>Remove %1 from the crisis team? Their details are deleted; the audit log keeps only that they were removed.</source>
        <translation>Вилучити %1 з кризової команди? Їхні дані буде видалено; журнал аудиту збереже лише запис про вилучення.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>Додано: %1, оновлено: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>Записано людей: %1 у %2</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Імпорт людей</translation>
    </message>
    <message>
        <source>vCard or CSV (*.vcf *.vcard *.csv)</source>
        <translation>vCard або CSV (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Експорт людей</translation>
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
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Спершу новіші</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>Спершу найсерйозніші</translation>
    </message>
    <message>
        <source>Popular first</source>
        <translation>Спершу найпопулярніші</translation>
    </message>
    <message>
        <source>The order of the wall</source>
        <translation>Порядок стрічки згадок</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>Черги:</translation>
    </message>
    <message numerus="yes">
        <source>%n critical unhandled</source>
        <translation>
            <numerusform>%n критична не опрацьована</numerusform>
            <numerusform>%n критичні не опрацьовані</numerusform>
            <numerusform>%n критичних не опрацьовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n висока</numerusform>
            <numerusform>%n високі</numerusform>
            <numerusform>%n високих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n середня</numerusform>
            <numerusform>%n середні</numerusform>
            <numerusform>%n середніх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n низька</numerusform>
            <numerusform>%n низькі</numerusform>
            <numerusform>%n низьких</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the %1 mentions nobody has handled yet</source>
        <translation>Показати згадки рівня «%1», які ще ніхто не опрацював</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned</source>
        <translation>
            <numerusform>%n не призначена</numerusform>
            <numerusform>%n не призначені</numerusform>
            <numerusform>%n не призначених</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the unhandled mentions nobody is assigned to</source>
        <translation>Показати неопрацьовані згадки без відповідального</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n чекає на погодження</numerusform>
            <numerusform>%n чекають на погодження</numerusform>
            <numerusform>%n чекають на погодження</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies waiting for a validating role: open the templates</source>
        <translation>Відповіді чекають на погодження: відкрити шаблони</translation>
    </message>
    <message>
        <source>Show the mentions routed to this queue</source>
        <translation>Показати згадки, спрямовані в цю чергу</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <source>CRISIS MODE</source>
        <translation>КРИЗОВИЙ РЕЖИМ</translation>
    </message>
    <message>
        <source>Since detection</source>
        <translation>Від виявлення</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>Золота година</translation>
    </message>
    <message>
        <source>24-hour response</source>
        <translation>Відповідь за 24 години</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Записати відповідь…</translation>
    </message>
    <message>
        <source>Alerts raised since crisis mode began: their mentions join the incident</source>
        <translation>Сповіщення після початку кризового режиму: їхні згадки додаються до інциденту</translation>
    </message>
    <message>
        <source>A response went out: record it (the first one stops the clocks)</source>
        <translation>Відповідь опубліковано: запишіть її (перша зупиняє відлік)</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>Вийти з кризового режиму</translation>
    </message>
    <message>
        <source>Crisis team…</source>
        <translation>Кризова команда…</translation>
    </message>
    <message>
        <source>Show the crisis team&apos;s contacts</source>
        <translation>Показати контакти кризової команди</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Інцидент %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>wall: %1</source>
        <translation>стіна: %1</translation>
    </message>
    <message>
        <source>surge polling until %1</source>
        <translation>прискорене опитування до %1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>НАВЧАННЯ</translation>
    </message>
    <message>
        <source>Nobody is on the crisis team yet: add the people behind each role in Contacts</source>
        <translation>У кризовій команді ще нікого немає: додайте людей для кожної ролі в «Контактах»</translation>
    </message>
    <message numerus="yes">
        <source>+%n alert(s): add to incident</source>
        <translation>
            <numerusform>+%n сповіщення: додати до інциденту</numerusform>
            <numerusform>+%n сповіщення: додати до інциденту</numerusform>
            <numerusform>+%n сповіщень: додати до інциденту</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>лишилося %1</translation>
    </message>
    <message>
        <source>met ✓</source>
        <translation>вчасно ✓</translation>
    </message>
    <message>
        <source>missed +%1</source>
        <translation>прострочено +%1</translation>
    </message>
</context>
<context>
    <name>CrisisController</name>
    <message>
        <source>Crisis mode could not start</source>
        <translation>Не вдалося ввімкнути кризовий режим</translation>
    </message>
    <message numerus="yes">
        <source>Crisis mode on: incident %1 %2 with %n mention(s); surge polling of priority feeds</source>
        <translation>
            <numerusform>Кризовий режим увімкнено: інцидент %1 %2, %n згадка; пріоритетні стрічки опитуються частіше</numerusform>
            <numerusform>Кризовий режим увімкнено: інцидент %1 %2, %n згадки; пріоритетні стрічки опитуються частіше</numerusform>
            <numerusform>Кризовий режим увімкнено: інцидент %1 %2, %n згадок; пріоритетні стрічки опитуються частіше</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation checklist did not start</source>
        <translation>Не вдалося запустити чек-лист активації</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Інцидент %1</translation>
    </message>
    <message>
        <source>The alert was not added to the incident</source>
        <translation>Сповіщення не додано до інциденту</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added to incident %1</source>
        <translation>
            <numerusform>До інциденту %1 додано %n згадку</numerusform>
            <numerusform>До інциденту %1 додано %n згадки</numerusform>
            <numerusform>До інциденту %1 додано %n згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>поновлено</translation>
    </message>
    <message>
        <source>The crisis team could not be read</source>
        <translation>Не вдалося прочитати кризову команду</translation>
    </message>
    <message>
        <source>Crisis mode could not be left</source>
        <translation>Не вдалося вийти з кризового режиму</translation>
    </message>
    <message>
        <source>Crisis mode off; incident %1 stays open</source>
        <translation>Кризовий режим вимкнено; інцидент %1 лишається відкритим</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Author profile</source>
        <translation>Профіль автора</translation>
    </message>
    <message>
        <source>Who wrote this: their mentions, labels and notes</source>
        <translation>Хто це написав: згадки, мітки й нотатки</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Відповісти…</translation>
    </message>
    <message>
        <source>Answer with a template, prefilled from this mention and its incident</source>
        <translation>Відповісти шаблоном, заповненим з цієї згадки та її інциденту</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <source>Nobody: type a name, Enter</source>
        <translation>Нікого: введіть ім&apos;я, Enter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Add a tag, Enter</source>
        <translation>Додайте тег, Enter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation>Примітки для команди</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Зберегти примітку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Choose a mention to read it in full</source>
        <translation>Виберіть згадку, щоб прочитати її повністю</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(без посилання)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters</source>
        <translation>Показано перші %1 з %2 символів</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Збіг: %1</translation>
    </message>
    <message>
        <source>No watch term matched</source>
        <translation>Жодне ключове слово не збіглося</translation>
    </message>
    <message>
        <source>Replying now: %1</source>
        <translation>Зараз відповідає: %1</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>Також переглядає: %1</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>підписників</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>тональність %1</translation>
    </message>
    <message>
        <source>severity %1 of 100</source>
        <translation>серйозність %1 зі 100</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Вилучити цей тег</translation>
    </message>
</context>
<context>
    <name>FeedPreview</name>
    <message>
        <source>the test fetch could not start</source>
        <translation>не вдалося почати пробне завантаження</translation>
    </message>
    <message>
        <source>no answer within %1 s; the test fetch was stopped</source>
        <translation>немає відповіді за %1 с; пробне завантаження зупинено</translation>
    </message>
    <message>
        <source>the test fetch ended without an answer (exit code %1)</source>
        <translation>пробне завантаження завершилося без відповіді (код виходу %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search mentions  (Ctrl+F)</source>
        <translation>Пошук згадок  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>Ключове слово</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Збережені подання</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Back to the default view: every active mention</source>
        <translation>Повернутися до типового подання: усі активні згадки</translation>
    </message>
    <message>
        <source>Active (leaves out ignored and hidden)</source>
        <translation>Активні (без проігнорованих і прихованих)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ще немає)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Власний</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Інші фільтри</translation>
    </message>
    <message>
        <source>Showing a view chosen elsewhere; click to go back to the wall</source>
        <translation>Показано подання, вибране деінде; клацніть, щоб повернутися до стіни</translation>
    </message>
    <message>
        <source>(no saved views)</source>
        <translation>(немає збережених подань)</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Зберегти поточне подання…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Видалити збережене подання</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Зберегти подання</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Назва подання:</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Open incidents</source>
        <translation>Відкриті інциденти</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Усі інциденти</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новий інцидент…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Інцидент відкрито</translation>
    </message>
    <message>
        <source>Mentions added</source>
        <translation>Додано згадки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Crisis mode on</source>
        <translation>Кризовий режим увімкнено</translation>
    </message>
    <message>
        <source>Crisis mode off</source>
        <translation>Кризовий режим вимкнено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>column: when the incident was opened</comment>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Примітка…</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>Відповідь…</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Додати вибрані</translation>
    </message>
    <message>
        <source>Add the mentions selected on the wall to this incident</source>
        <translation>Додати до цього інциденту згадки, вибрані на стіні</translation>
    </message>
    <message>
        <source>Show on wall</source>
        <translation>Показати на стіні</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Кризовий режим</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Закрити…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Incidents could not be read</source>
        <translation>Не вдалося прочитати інциденти</translation>
    </message>
    <message>
        <source>The incident could not be read</source>
        <translation>Не вдалося прочитати інцидент</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>Інцидентів ще немає</translation>
    </message>
    <message>
        <source>Open one from an alert (Crisis mode) or with “New incident…”.</source>
        <translation>Відкрийте його зі сповіщення (кризовий режим) або кнопкою «Новий інцидент…».</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Закрито %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>виявлено %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>CRISIS MODE</source>
        <translation>КРИЗОВИЙ РЕЖИМ</translation>
    </message>
    <message>
        <source>terms: %1</source>
        <translation>ключові слова: %1</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>НАВЧАННЯ</translation>
    </message>
    <message>
        <source>to crisis mode</source>
        <translation>до кризового режиму</translation>
    </message>
    <message>
        <source>to first response</source>
        <translation>до першої відповіді</translation>
    </message>
    <message>
        <source>to close</source>
        <translation>до закриття</translation>
    </message>
    <message>
        <source>Measured from detection: %1</source>
        <translation>Від моменту виявлення: %1</translation>
    </message>
    <message>
        <source>Leave crisis mode</source>
        <translation>Вийти з кризового режиму</translation>
    </message>
    <message>
        <source>Mentions (%1)</source>
        <translation>Згадки (%1)</translation>
    </message>
    <message>
        <source>Closed without a recorded response</source>
        <translation>Закрито без записаної відповіді</translation>
    </message>
    <message>
        <source>Since detection %1</source>
        <translation>Від виявлення %1</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не відкрито</translation>
    </message>
    <message>
        <source>Incident %1 opened</source>
        <translation>Інцидент %1 відкрито</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Примітку додано</translation>
    </message>
    <message>
        <source>The note was not added</source>
        <translation>Примітку не додано</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>Відповідь записано</translation>
    </message>
    <message>
        <source>Choose mentions on the wall first</source>
        <translation>Спершу виберіть згадки на стіні</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) added</source>
        <translation>
            <numerusform>Додано %n згадку</numerusform>
            <numerusform>Додано %n згадки</numerusform>
            <numerusform>Додано %n згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не додано</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Інцидент %1</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Закрити інцидент</translation>
    </message>
    <message>
        <source>Close “%1”? Its timeline and mentions are kept; notes can still be added for the review.</source>
        <translation>Закрити «%1»? Хронологія і згадки збережуться; примітки для розбору можна буде додавати й далі.</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Інцидент закрито</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Не закрито</translation>
    </message>
    <message>
        <source>Reply recorded as a response of incident %1</source>
        <translation>Відповідь записано як відповідь інциденту %1</translation>
    </message>
    <message>
        <source>The response was not recorded</source>
        <translation>Відповідь не записано</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Є відповідь</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Проігноровано</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Приховано</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>КРИТИЧНИЙ</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ВИСОКИЙ</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>СЕРЕДНІЙ</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>НИЗЬКИЙ</translation>
    </message>
    <message>
        <source>POSITIVE</source>
        <translation>ПОЗИТИВ</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>Дефект продукту</translation>
    </message>
    <message>
        <source>Service complaint</source>
        <translation>Скарга на сервіс</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>Затримка доставки</translation>
    </message>
    <message>
        <source>Billing or refund</source>
        <translation>Оплата чи повернення коштів</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>Чутки</translation>
    </message>
    <message>
        <source>Employee misconduct</source>
        <translation>Порушення з боку працівника</translation>
    </message>
    <message>
        <source>Hacked account</source>
        <translation>Зламаний акаунт</translation>
    </message>
    <message>
        <source>Backlash</source>
        <translation>Хвиля обурення</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Юридичне</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>negative sentiment</source>
        <translation>негативний тон</translation>
    </message>
    <message>
        <source>positive sentiment</source>
        <translation>позитивний тон</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>скарга</translation>
    </message>
    <message>
        <source>risk term</source>
        <translation>ризиковий термін</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охоплення джерела</translation>
    </message>
    <message>
        <source>author reach</source>
        <translation>охоплення автора</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>watch term</source>
        <translation>відстежуваний термін</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>швидкість поширення</translation>
    </message>
    <message>
        <source>positive mention</source>
        <translation>позитивна згадка</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>межа 0–100</translation>
    </message>
    <message>
        <source>author label</source>
        <translation>мітка автора</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Китайська (традиційна)</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Китайська (спрощена)</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без оцінки</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the playbook</source>
        <translation>Мова кризового плану</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>A mention&apos;s level comes from its severity (0-100): at or above a threshold it takes that level. Try other thresholds to see how many stored mentions would move, then apply them to this workspace: the stored mentions take their new levels at once, and new ones are scored with them.</source>
        <translation>Рівень згадки залежить від її серйозності (0-100): від порогу і вище вона має цей рівень. Спробуйте інші пороги, щоб побачити, скільки збережених згадок зміниться, а тоді застосуйте їх до цього робочого простору: збережені згадки одразу отримають нові рівні, а нові оцінюватимуться з ними.</translation>
    </message>
    <message>
        <source>Apply to this workspace…</source>
        <translation>Застосувати до цього робочого простору…</translation>
    </message>
    <message>
        <source>Back to the shipped thresholds</source>
        <translation>Повернути стандартні пороги</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>With these thresholds</source>
        <translation>З цими порогами</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Apply severity thresholds</source>
        <translation>Застосувати пороги серйозності</translation>
    </message>
    <message numerus="yes">
        <source>Critical from %1, high from %2, medium from %3: %n stored mention(s) will change level (recorded in the audit log). New mentions are scored with these thresholds.</source>
        <translation>
            <numerusform>Критичний від %1, високий від %2, середній від %3: %n збережена згадка змінить рівень (запис у журналі аудиту). Нові згадки оцінюватимуться з цими порогами.</numerusform>
            <numerusform>Критичний від %1, високий від %2, середній від %3: %n збережені згадки змінять рівень (запис у журналі аудиту). Нові згадки оцінюватимуться з цими порогами.</numerusform>
            <numerusform>Критичний від %1, високий від %2, середній від %3: %n збережених згадок змінять рівень (запис у журналі аудиту). Нові згадки оцінюватимуться з цими порогами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message numerus="yes">
        <source>Severity thresholds applied: %n mention(s) changed level</source>
        <translation>
            <numerusform>Пороги серйозності застосовано: %n згадка змінила рівень</numerusform>
            <numerusform>Пороги серйозності застосовано: %n згадки змінили рівень</numerusform>
            <numerusform>Пороги серйозності застосовано: %n згадок змінили рівень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) would change level.</source>
        <translation>
            <numerusform>%n збережена згадка змінить рівень.</numerusform>
            <numerusform>%n збережені згадки змінять рівень.</numerusform>
            <numerusform>%n збережених згадок змінять рівень.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (лише читання)</translation>
    </message>
    <message>
        <source>Something went wrong (%1): %2</source>
        <translation>Щось пішло не так (%1): %2</translation>
    </message>
    <message>
        <source>This workspace is read-only for you: nothing was changed</source>
        <translation>Цей робочий простір для вас лише для читання: нічого не змінено</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Опитати зараз</translation>
    </message>
    <message>
        <source>Fetch every feed now (feeds that asked to wait are left to wait)</source>
        <translation>Завантажити всі стрічки зараз (ті, що просили зачекати, чекатимуть)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Знайти…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>До найновіших</translation>
    </message>
    <message>
        <source>Reload wall</source>
        <translation>Перезавантажити стіну</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>Панель подробиць</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>На весь екран</translation>
    </message>
    <message>
        <source>&amp;Select all mentions shown</source>
        <translation>&amp;Вибрати всі показані згадки</translation>
    </message>
    <message>
        <source>&amp;Copy mention</source>
        <translation>&amp;Копіювати згадку</translation>
    </message>
    <message>
        <source>Back up workspace…</source>
        <translation>Резервна копія робочого простору…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Відкрити робочий простір…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Відкрити демонстраційний простір</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>About Crisis Console</source>
        <translation>Про Crisis Console</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Стіна</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панелі</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>З&amp;гадки</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>&amp;Стрічки</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation>&amp;Криза</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Головна</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active mention(s)</source>
        <translation>
            <numerusform>%n активна згадка</numerusform>
            <numerusform>%n активні згадки</numerusform>
            <numerusform>%n активних згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace cannot be written: %1. Triage is turned off; the checklist, templates and contacts still work.</source>
        <translation>У цей робочий простір неможливо записувати: %1. Обробку згадок вимкнено; чек-листи, шаблони й контакти працюють.</translation>
    </message>
    <message>
        <source>Read-only: this workspace&apos;s folder cannot be written by you (a read-only folder or mount, or another user&apos;s). The wall, search, filters, reports and backups work; triage, polling and edits are off.</source>
        <translation>Лише читання: ви не можете записувати в теку цього робочого простору (тека чи диск лише для читання або тека іншого користувача). Стіна, пошук, фільтри, звіти й резервні копії працюють; сортування, опитування та зміни вимкнено.</translation>
    </message>
    <message>
        <source>The reply could not be prefilled</source>
        <translation>Не вдалося заповнити відповідь</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>○ Read-only (no polling)</source>
        <translation>○ Лише читання (без опитування)</translation>
    </message>
    <message>
        <source>○ Offline mode (no polling)</source>
        <translation>○ Офлайн-режим (без опитування)</translation>
    </message>
    <message>
        <source>○ Offline: no feed answers · last poll %1</source>
        <translation>○ Офлайн: жодна стрічка не відповідає · останнє опитування %1</translation>
    </message>
    <message>
        <source>● Online · last poll %1</source>
        <translation>● Онлайн · останнє опитування %1</translation>
    </message>
    <message>
        <source>○ Not polling · last poll %1</source>
        <translation>○ Опитування не йде · останнє %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n feed(s) in error</source>
        <translation>
            <numerusform>⚠ %n стрічка з помилкою</numerusform>
            <numerusform>⚠ %n стрічки з помилками</numerusform>
            <numerusform>⚠ %n стрічок з помилками</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode: nothing is fetched</source>
        <translation>Офлайн-режим: нічого не завантажується</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n feed(s) now</source>
        <translation>
            <numerusform>Опитується %n стрічка</numerusform>
            <numerusform>Опитуються %n стрічки</numerusform>
            <numerusform>Опитується %n стрічок</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds in error</source>
        <translation>Стрічки з помилками</translation>
    </message>
    <message>
        <source>No feed is failing</source>
        <translation>Усі стрічки працюють</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Резервна копія робочого простору</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <source>Open workspace folder</source>
        <translation>Відкрити теку робочого простору</translation>
    </message>
    <message>
        <source>Listen, detect, respond. Local-first: nothing leaves this machine but the feed requests you set up.</source>
        <translation>Слухати, виявляти, відповідати. Усе локально: з цього комп&apos;ютера виходять лише запити до налаштованих вами стрічок.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тенденції</translation>
    </message>
    <message>
        <source>Volume, sentiment and severity over time, with the alert windows</source>
        <translation>Обсяг, тональність і серйозність у часі, з періодами сповіщень</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Кризовий режим</translation>
    </message>
    <message>
        <source>Open an incident from the current alert, start the activation checklist, show the holding statement and the crisis team, watch the incident&apos;s terms, poll priority feeds faster</source>
        <translation>Відкрити інцидент із поточного сповіщення, запустити чек-лист активації, показати первинну заяву й кризову команду, стежити за ключовими словами інциденту, частіше опитувати пріоритетні стрічки</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Джерела…</translation>
    </message>
    <message>
        <source>Feeds with their health; add, edit, enable, disable, retry, test</source>
        <translation>Стрічки та їхній стан; додати, редагувати, увімкнути, вимкнути, повторити, перевірити</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Додати стрічку…</translation>
    </message>
    <message>
        <source>Google News, Reddit, Mastodon, App Store reviews, Google Alerts or any feed</source>
        <translation>Google News, Reddit, Mastodon, відгуки App Store, Google Alerts або будь-яка стрічка</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Імпорт OPML…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>Експорт OPML…</translation>
    </message>
    <message>
        <source>Import feeds from OPML</source>
        <translation>Імпорт стрічок з OPML</translation>
    </message>
    <message>
        <source>OPML (*.opml *.xml);;All files (*)</source>
        <translation>OPML (*.opml *.xml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>OPML not imported</source>
        <translation>OPML не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added</source>
        <translation>
            <numerusform>Додано %n стрічку</numerusform>
            <numerusform>Додано %n стрічки</numerusform>
            <numerusform>Додано %n стрічок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, пропущено %n</numerusform>
            <numerusform>, пропущено %n</numerusform>
            <numerusform>, пропущено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML import</source>
        <translation>Імпорт OPML</translation>
    </message>
    <message>
        <source>Export feeds to OPML</source>
        <translation>Експорт стрічок в OPML</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported</source>
        <translation>
            <numerusform>Експортовано %n стрічку</numerusform>
            <numerusform>Експортовано %n стрічки</numerusform>
            <numerusform>Експортовано %n стрічок</numerusform>
        </translation>
    </message>
    <message>
        <source>OPML not exported</source>
        <translation>OPML не експортовано</translation>
    </message>
    <message>
        <source>Watch terms…</source>
        <translation>Ключові слова…</translation>
    </message>
    <message>
        <source>What to listen for, with a live preview of the mentions each term matches</source>
        <translation>Що відстежувати, з живим переглядом згадок, які знаходить кожне ключове слово</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Відкрити інцидент</translation>
    </message>
    <message>
        <source>e.g. Exploding kettle reports</source>
        <translation>напр. Повідомлення про чайник, що вибухає</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message numerus="yes">
        <source>With the %n mention(s) selected on the wall</source>
        <translation>
            <numerusform>З %n згадкою, вибраною на стіні</numerusform>
            <numerusform>З %n згадками, вибраними на стіні</numerusform>
            <numerusform>З %n згадками, вибраними на стіні</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Додати примітку</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати примітку</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Інцидент:</translation>
    </message>
    <message>
        <source>What was decided, learned or done (kept on the timeline)</source>
        <translation>Що вирішили, дізналися чи зробили (лишається в хронології)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Crisis Console alert</source>
        <translation>Сповіщення Crisis Console</translation>
    </message>
    <message numerus="yes">
        <source>Crisis Console: %n new alerts</source>
        <translation>
            <numerusform>Crisis Console: %n нове сповіщення</numerusform>
            <numerusform>Crisis Console: %n нові сповіщення</numerusform>
            <numerusform>Crisis Console: %n нових сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>DRILL · </source>
        <translation>НАВЧАННЯ · </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineWindow</name>
    <message>
        <source>Offline playbook — %1</source>
        <translation>Офлайн-план — %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Mention history</source>
        <translation>Історія згадок</translation>
    </message>
    <message>
        <source>Offline playbook: the checklists, templates and crisis-team contacts work without the network and without the mentions database.</source>
        <translation>Офлайн-план: чек-листи, шаблони й контакти кризової команди працюють без мережі та без бази згадок.</translation>
    </message>
    <message>
        <source>The mentions database cannot be used: %1</source>
        <translation>Базою згадок неможливо скористатися: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Print binder…</source>
        <translation>&amp;Друкувати кризовий план…</translation>
    </message>
    <message>
        <source>Save binder as PDF or HTML…</source>
        <translation>Зберегти кризовий план як PDF або HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>No mentions stored yet.</source>
        <translation>Збережених згадок ще немає.</translation>
    </message>
    <message>
        <source>The mention history cannot be read right now: %1</source>
        <translation>Зараз неможливо прочитати історію згадок: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Save binder</source>
        <translation>Зберегти кризовий план</translation>
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
        <translation>Хто ви: ваше ім&apos;я стоїть на позначках, чернетках, погодженнях і в журналі аудиту. Натисніть, щоб змінити.</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Ви: %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <source>Your name, as the crisis team&apos;s contacts list it. It goes on ticks, drafts, approvals and the audit log.</source>
        <translation>Ваше ім&apos;я так, як воно записане в контактах кризової команди. Воно стоїть на позначках, чернетках, погодженнях і в журналі аудиту.</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>This workspace is read-only for you: the playbook is shown as it is and cannot be changed here.</source>
        <translation>Цей робочий простір для вас лише для читання: кризовий план показано як є, змінити його тут не можна.</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Approval</source>
        <translation>Погодження</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Надіслати на погодження</translation>
    </message>
    <message>
        <source>Save this reply as a draft for a validating role to approve</source>
        <translation>Зберегти відповідь як чернетку на погодження</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Погодити</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Повернути…</translation>
    </message>
    <message>
        <source>The replies awaiting approval could not be read</source>
        <translation>Не вдалося прочитати відповіді, що чекають на погодження</translation>
    </message>
    <message>
        <source>Replies wait for approval by: %1.</source>
        <translation>Відповіді чекають на погодження: %1.</translation>
    </message>
    <message>
        <source>Replies go out as drafted; ask for approval when in doubt.</source>
        <translation>Відповіді виходять як написано; якщо сумніваєтеся, надішліть на погодження.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) awaiting approval</source>
        <translation>
            <numerusform>%n відповідь чекає на погодження</numerusform>
            <numerusform>%n відповіді чекають на погодження</numerusform>
            <numerusform>%n відповідей чекають на погодження</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply %1 awaits approval (drafted by %2).</source>
        <translation>Відповідь %1 чекає на погодження (чернетка: %2).</translation>
    </message>
    <message>
        <source>Reply %1 is approved (by %2): it can go out.</source>
        <translation>Відповідь %1 погоджено (%2): її можна надсилати.</translation>
    </message>
    <message>
        <source>Reply %1 was returned by %2: %3</source>
        <translation>Відповідь %1 повернув(ла) %2: %3</translation>
    </message>
    <message>
        <source>Reply %1 was recorded as sent.</source>
        <translation>Відповідь %1 записано як надіслану.</translation>
    </message>
    <message>
        <source>In crisis mode a reply goes out once a validating role has approved it.</source>
        <translation>У кризовому режимі відповідь виходить лише після погодження.</translation>
    </message>
    <message>
        <source>Say which mention or incident the reply answers first</source>
        <translation>Спершу вкажіть, на яку згадку чи інцидент ця відповідь</translation>
    </message>
    <message>
        <source>The reply was not saved</source>
        <translation>Відповідь не збережено</translation>
    </message>
    <message>
        <source>The reply was not approved</source>
        <translation>Відповідь не погоджено</translation>
    </message>
    <message>
        <source>Return the reply</source>
        <translation>Повернути відповідь</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>Що треба змінити?</translation>
    </message>
    <message>
        <source>The reply was not returned</source>
        <translation>Відповідь не повернуто</translation>
    </message>
    <message>
        <source>The reply was not recorded</source>
        <translation>Відповідь не записано</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record a response</source>
        <translation>Записати відповідь</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Записати відповідь</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Інцидент:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>The text as it was published</source>
        <translation>Текст у тому вигляді, як його опубліковано</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Відповідь:</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Spike: {current} negative mentions about “{term}” in {minutes} min (usually {baseline})</source>
        <translation>Сплеск: негативних згадок про «{term}» за {minutes} хв — {current} (зазвичай {baseline})</translation>
    </message>
    <message>
        <source>Spike: {current} negative mentions in {minutes} min (usually {baseline})</source>
        <translation>Сплеск: негативних згадок за {minutes} хв — {current} (зазвичай {baseline})</translation>
    </message>
    <message>
        <source>Critical mention about “{term}”</source>
        <translation>Критична згадка про «{term}»</translation>
    </message>
    <message>
        <source>Critical mention</source>
        <translation>Критична згадка</translation>
    </message>
    <message>
        <source>{current} critical mentions about “{term}”</source>
        <translation>Критичні згадки про «{term}»: {current}</translation>
    </message>
    <message>
        <source>{current} critical mentions</source>
        <translation>Критичні згадки: {current}</translation>
    </message>
    <message>
        <source>Source went dark: {source} has brought nothing for {minutes} min</source>
        <translation>Джерело замовкло: {source} нічого не надсилає вже {minutes} хв</translation>
    </message>
    <message>
        <source>Coordinated campaign about “{term}”: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>Скоординована кампанія про «{term}»: однаковий текст за {minutes} хв опублікували автори — {current}: «{text}»</translation>
    </message>
    <message>
        <source>Coordinated campaign: {current} authors posted the same text in {minutes} min: “{text}”</source>
        <translation>Скоординована кампанія: однаковий текст за {minutes} хв опублікували автори — {current}: «{text}»</translation>
    </message>
    <message>
        <source>Alert: {kind}</source>
        <translation>Сповіщення: {kind}</translation>
    </message>
    <message>
        <source>{current} negative mentions about “{term}” in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>Негативних згадок про «{term}» за останні {minutes} хв: {current}. У {windows} попередніх вікнах такої ж тривалості зазвичай було {baseline}, плюс-мінус {sigma} (σ, звичайний розкид).</translation>
    </message>
    <message>
        <source>{current} negative mentions in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread).</source>
        <translation>Негативних згадок за останні {minutes} хв: {current}. У {windows} попередніх вікнах такої ж тривалості зазвичай було {baseline}, плюс-мінус {sigma} (σ, звичайний розкид).</translation>
    </message>
    <message>
        <source>An alert is raised above usual + k·σ = {threshold} (k = {k}, sensitivity “{sensitivity}”) and at {min_count} mentions or more.</source>
        <translation>Сповіщення з’являється понад звичне + k·σ = {threshold} (k = {k}, чутливість «{sensitivity}») і від {min_count} згадок.</translation>
    </message>
    <message>
        <source>Mentions about “{term}” scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>Згадок про «{term}» з критичною оцінкою: {current}. Кожну треба переглянути зараз, хай скільки їх.</translation>
    </message>
    <message>
        <source>Mentions scored critical: {current}. Each needs a look now, whatever the volume.</source>
        <translation>Згадок з критичною оцінкою: {current}. Кожну треба переглянути зараз, хай скільки їх.</translation>
    </message>
    <message>
        <source>{current} different authors about “{term}” posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>Різні автори опублікували однаковий текст про «{term}» за {minutes} хв — {current}: «{text}» (порівняно без урахування регістру, ширини, розділових знаків, посилань і @імен). Уперше з’явилися за останню добу: {new}. Сповіщення з’являється від {min_authors} авторів, коли нових серед них щонайменше {share}%; пізніші копії додаються до нього. Автори: {names}.</translation>
    </message>
    <message>
        <source>{current} different authors posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}.</source>
        <translation>Різні автори опублікували однаковий текст за {minutes} хв — {current}: «{text}» (порівняно без урахування регістру, ширини, розділових знаків, посилань і @імен). Уперше з’явилися за останню добу: {new}. Сповіщення з’являється від {min_authors} авторів, коли нових серед них щонайменше {share}%; пізніші копії додаються до нього. Автори: {names}.</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} та ще {more}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <source>A priority source has brought nothing for longer than it should: you may be blind to what it says.</source>
        <translation>Пріоритетне джерело мовчить довше, ніж мало б: ви можете не бачити, що там кажуть.</translation>
    </message>
    <message>
        <source>Its last error: {error}</source>
        <translation>Остання помилка: {error}</translation>
    </message>
    <message>
        <source>Spike: {term}</source>
        <translation>Сплеск: {term}</translation>
    </message>
    <message>
        <source>Spike: all mentions</source>
        <translation>Сплеск: усі згадки</translation>
    </message>
    <message>
        <source>Critical mention: {term}</source>
        <translation>Критична згадка: {term}</translation>
    </message>
    <message>
        <source>Critical mention: all mentions</source>
        <translation>Критична згадка: усі згадки</translation>
    </message>
    <message>
        <source>Source went dark: {term}</source>
        <translation>Джерело замовкло: {term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: {term}</source>
        <translation>Скоординована кампанія: {term}</translation>
    </message>
    <message>
        <source>Coordinated campaign: all mentions</source>
        <translation>Скоординована кампанія: усі згадки</translation>
    </message>
    <message>
        <source>Alert: {term}</source>
        <translation>Сповіщення: {term}</translation>
    </message>
    <message>
        <source>Crisis {time}</source>
        <translation>Криза {time}</translation>
    </message>
    <message>
        <source>Crisis mode on; surge polling of priority feeds</source>
        <translation>Кризовий режим увімкнено; пріоритетні джерела опитуються частіше</translation>
    </message>
    <message>
        <source>Crisis mode off; surge polling stopped</source>
        <translation>Кризовий режим вимкнено; частіше опитування зупинено</translation>
    </message>
    <message>
        <source>Mentions added: {count}</source>
        <translation>Додано згадок: {count}</translation>
    </message>
    <message>
        <source>Mentions added from an alert: {count}</source>
        <translation>Додано згадок зі сповіщення: {count}</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Інцидент закрито</translation>
    </message>
    <message>
        <source>Ticked by the console: {item}</source>
        <translation>Позначено консоллю: {item}</translation>
    </message>
    <message>
        <source>Golden hour</source>
        <translation>Золота година</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 години</translation>
    </message>
    <message>
        <source>{clock}: {time} left</source>
        <translation>{clock}: лишилося {time}</translation>
    </message>
    <message>
        <source>{clock}: met ✓</source>
        <translation>{clock}: виконано ✓</translation>
    </message>
    <message>
        <source>{clock}: missed by {time}</source>
        <translation>{clock}: прострочено на {time}</translation>
    </message>
    <message>
        <source>{similar} similar within {minutes} min</source>
        <translation>схожих за {minutes} хв: {similar}</translation>
    </message>
    <message>
        <source>{reach} source</source>
        <translation>джерело: {reach}</translation>
    </message>
    <message>
        <source>set on the source</source>
        <translation>задано для джерела</translation>
    </message>
    <message>
        <source>followers: {followers}</source>
        <translation>підписників: {followers}</translation>
    </message>
    <message>
        <source>rating: {stars} of 5 stars</source>
        <translation>оцінка: {stars} з 5 зірок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>What it handles</source>
        <translation>Що охоплює</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Чому ні</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Timed out: no complete answer within {seconds} s</source>
        <translation>Час вичерпано: повної відповіді немає за {seconds} с</translation>
    </message>
    <message>
        <source>Network error: the feed could not be reached</source>
        <translation>Помилка мережі: джерело недоступне</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP {status})</source>
        <translation>Сервер відповів помилкою (HTTP {status})</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>Не вдалося захищене з’єднання (TLS)</translation>
    </message>
    <message>
        <source>The feed is too large</source>
        <translation>Джерело завелике</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Забагато переспрямувань</translation>
    </message>
    <message>
        <source>Not a valid feed address</source>
        <translation>Недійсна адреса джерела</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Файл не вдається прочитати</translation>
    </message>
    <message>
        <source>The transfer was cut short</source>
        <translation>Передавання обірвалося</translation>
    </message>
    <message>
        <source>The address is refused (a local or private network)</source>
        <translation>Адресу відхилено (локальна або приватна мережа)</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>News media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Державний орган</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцмережа</translation>
    </message>
    <message>
        <source>Forum or community</source>
        <translation>Форум або спільнота</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>Редагувати стрічку</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Додати стрічку</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Що відстежувати</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>The feed address appears here</source>
        <translation>Тут з&apos;явиться адреса стрічки</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Адреса стрічки:</translation>
    </message>
    <message>
        <source>How it is polled</source>
        <translation>Як опитувати</translation>
    </message>
    <message>
        <source>Optional: the name shown on the wall (else the feed&apos;s own title)</source>
        <translation>Необов&apos;язково: назва на стіні (інакше — власна назва стрічки)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Priority: polled every minute in crisis mode, and an alert when it goes dark</source>
        <translation>Пріоритетна: у кризовому режимі опитується щохвилини, а якщо замовкне — сповіщення</translation>
    </message>
    <message>
        <source>Internal: on this machine or the company network (private addresses allowed)</source>
        <translation>Внутрішня: на цьому комп&apos;ютері чи в мережі компанії (приватні адреси дозволено)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Охоплення:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Опитувати кожні:</translation>
    </message>
    <message>
        <source>Test fetch</source>
        <translation>Пробне завантаження</translation>
    </message>
    <message>
        <source>Fetch the feed once and show what it would bring; nothing is stored</source>
        <translation>Завантажити стрічку один раз і показати, що вона принесе; нічого не зберігається</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Додати стрічку</translation>
    </message>
    <message>
        <source>The address of a feed cannot change; add a new feed for another address.</source>
        <translation>Адресу стрічки змінити не можна; для іншої адреси додайте нову стрічку.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%1 feed “%2”: %n entries</source>
        <translation>
            <numerusform>%1-стрічка «%2»: %n запис</numerusform>
            <numerusform>%1-стрічка «%2»: %n записи</numerusform>
            <numerusform>%1-стрічка «%2»: %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(без дати)</translation>
    </message>
    <message>
        <source>Test fetch failed: %1</source>
        <translation>Пробне завантаження не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>SourcesManager</name>
    <message>
        <source>priority</source>
        <translation>пріоритетне</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутрішнє</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Додати стрічку…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторити зараз</translation>
    </message>
    <message>
        <source>Test fetch…</source>
        <translation>Пробне завантаження…</translation>
    </message>
    <message>
        <source>Feeds could not be read: %1</source>
        <translation>Не вдалося прочитати стрічки: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n стрічка</numerusform>
            <numerusform>%n стрічки</numerusform>
            <numerusform>%n стрічок</numerusform>
        </translation>
    </message>
    <message>
        <source>failing</source>
        <translation>з помилками</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікують</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнені</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Вимкнено: %1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Увімкнено: %1</translation>
    </message>
    <message>
        <source>%1 is polled at the poller&apos;s next look (within seconds)</source>
        <translation>%1 буде опитано під час наступної перевірки (за кілька секунд)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation>Редагувати шаблон</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Text ({placeholders} are filled in when used)</source>
        <translation>Текст ({placeholders} заповнюються під час використання)</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Fill in</source>
        <translation>Заповнити</translation>
    </message>
    <message>
        <source>Check the length against this channel&apos;s limit</source>
        <translation>Перевірити довжину за обмеженням цього каналу</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Копіювати відповідь</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Редагувати шаблон…</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Записати як надіслане</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Перегляд для</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>У відповідь на</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Not filled in: %1</source>
        <translation>Не заповнено: %1</translation>
    </message>
    <message>
        <source>Tone: “%1” — %2</source>
        <translation>Тон: «%1» — %2</translation>
    </message>
    <message>
        <source>Too long for %1: %2 characters</source>
        <translation>Задовго для %1: %2 символів</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Виберіть шаблон</translation>
    </message>
    <message>
        <source>Fill in every placeholder first</source>
        <translation>Спершу заповніть усі поля</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>Записано як надіслане.</translation>
    </message>
    <message>
        <source>Recorded as sent in reply to %1 %2.</source>
        <translation>Записано як надіслане у відповідь на %1 %2.</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Ключова особа</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Risk phrase</source>
        <translation>Ризикова фраза</translation>
    </message>
    <message>
        <source>Watch term</source>
        <translation>Ключове слово</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Нове ключове слово</translation>
    </message>
    <message>
        <source>Stop watching…</source>
        <translation>Припинити стеження…</translation>
    </message>
    <message>
        <source>e.g. Acme AND (kettle OR &quot;K2&quot;) NOT giveaway</source>
        <translation>напр. Acme AND (чайник OR &quot;K2&quot;) NOT розіграш</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Запит:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Words, &quot;quoted phrases&quot;, AND, OR, NOT and parentheses; case, accents and Traditional/Simplified Chinese are ignored.</source>
        <translation>Слова, &quot;фрази в лапках&quot;, AND, OR, NOT і дужки; регістр, діакритика та традиційне/спрощене китайське письмо не враховуються.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Додати ключове слово</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Type a query to see which stored mentions it matches.</source>
        <translation>Введіть запит, щоб побачити, які збережені згадки йому відповідають.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored mention(s) match</source>
        <translation>
            <numerusform>Відповідає %n збережена згадка</numerusform>
            <numerusform>Відповідають %n збережені згадки</numerusform>
            <numerusform>Відповідають %n збережених згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the newest %2 mentions match</source>
        <translation>Відповідають %1 з %2 найновіших згадок</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n stored mention(s) match</source>
        <translation>
            <numerusform>Стежимо за %1: відповідає %n збережена згадка</numerusform>
            <numerusform>Стежимо за %1: відповідають %n збережені згадки</numerusform>
            <numerusform>Стежимо за %1: відповідають %n збережених згадок</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Припинити стеження</translation>
    </message>
    <message>
        <source>Stop watching “%1”? Mentions it matched are kept; they only lose this term.</source>
        <translation>Припинити стеження за «%1»? Знайдені згадки збережуться, лише втратять це ключове слово.</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Spike</source>
        <translation>Сплеск</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тиша</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>No mentions in this range</source>
        <translation>У цьому проміжку згадок немає</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative, %3 alert windows</source>
        <translation>Згадок: %1, негативних: %2, вікон сповіщень: %3</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative</source>
        <translation>Згадок: %1, негативних: %2</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>тональність %1</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Є відповідь</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Вирішити</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>Позначити як нову</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>Позначити «В роботі»</translation>
    </message>
    <message>
        <source>Mark responded</source>
        <translation>Позначити «Є відповідь»</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Призначити…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Додати тег…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Примітка…</translation>
    </message>
    <message>
        <source>Open link in browser</source>
        <translation>Відкрити посилання в браузері</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Змінити стан</translation>
    </message>
    <message numerus="yes">
        <source>Set %n mention(s) to “%1”?</source>
        <translation>
            <numerusform>Змінити стан %n згадки на «%1»?</numerusform>
            <numerusform>Змінити стан %n згадок на «%1»?</numerusform>
            <numerusform>Змінити стан %n згадок на «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>нікого</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Призначити</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n mention(s) to %1?</source>
        <translation>
            <numerusform>Призначити %n згадку виконавцю %1?</numerusform>
            <numerusform>Призначити %n згадки виконавцю %1?</numerusform>
            <numerusform>Призначити %n згадок виконавцю %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>призначено: %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додати тег</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n mention(s) “%1”?</source>
        <translation>
            <numerusform>Додати тег «%1» до %n згадки?</numerusform>
            <numerusform>Додати тег «%1» до %n згадок?</numerusform>
            <numerusform>Додати тег «%1» до %n згадок?</numerusform>
        </translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>додано тег «%1»</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Вилучити тег</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n mention(s)?</source>
        <translation>
            <numerusform>Вилучити тег «%1» з %n згадки?</numerusform>
            <numerusform>Вилучити тег «%1» з %n згадок?</numerusform>
            <numerusform>Вилучити тег «%1» з %n згадок?</numerusform>
        </translation>
    </message>
    <message>
        <source>tag “%1” removed</source>
        <translation>тег «%1» вилучено</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>Записати примітку</translation>
    </message>
    <message numerus="yes">
        <source>Replace the notes of %n mention(s)?</source>
        <translation>
            <numerusform>Замінити примітки %n згадки?</numerusform>
            <numerusform>Замінити примітки %n згадок?</numerusform>
            <numerusform>Замінити примітки %n згадок?</numerusform>
        </translation>
    </message>
    <message>
        <source>note saved</source>
        <translation>примітку збережено</translation>
    </message>
    <message>
        <source>Choose a mention first</source>
        <translation>Спершу виберіть згадку</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s): %1</source>
        <translation>
            <numerusform>%n згадка: %1</numerusform>
            <numerusform>%n згадки: %1</numerusform>
            <numerusform>%n згадок: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved (%1): %2</source>
        <translation>Не збережено (%1): %2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Скасувати: %1</translation>
    </message>
    <message>
        <source>(Ctrl+Z to undo)</source>
        <translation>(Ctrl+Z — скасувати)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нічого скасовувати</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
    <message>
        <source>Could not undo (%1): %2</source>
        <translation>Не вдалося скасувати (%1): %2</translation>
    </message>
    <message>
        <source>Assign to (empty: nobody):</source>
        <translation>Кому призначити (порожньо — нікому):</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Note (replaces the current one):</source>
        <translation>Примітка (замінить поточну):</translation>
    </message>
    <message>
        <source>This mention has no web link to open</source>
        <translation>У цієї згадки немає вебпосилання</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>Назва або текст</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>%1, unhandled</source>
        <translation>%1, не опрацьовані</translation>
    </message>
    <message>
        <source>Unassigned, unhandled</source>
        <translation>Без відповідального, не опрацьовані</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Черга: %1</translation>
    </message>
    <message>
        <source>No mentions yet.
Add feeds and watch terms (Feeds menu); new mentions appear here as they arrive.</source>
        <translation>Згадок ще немає.
Додайте стрічки й ключові слова (меню «Стрічки»); нові згадки з&apos;являтимуться тут щойно надійдуть.</translation>
    </message>
    <message>
        <source>No mention matches this view.
Clear the filters to see every active mention.</source>
        <translation>Жодна згадка не відповідає цьому поданню.
Скиньте фільтри, щоб побачити всі активні згадки.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>▲ Many new mentions: show them</source>
        <translation>▲ Багато нових згадок: показати</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n new</source>
        <translation>
            <numerusform>▲ %n нова</numerusform>
            <numerusform>▲ %n нові</numerusform>
            <numerusform>▲ %n нових</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchManager</name>
    <message>
        <source>Watch terms</source>
        <translation>Ключові слова</translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation>Рівні серйозності</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Crisis Console</source>
        <translation>Вітаємо в Crisis Console</translation>
    </message>
    <message>
        <source>This workspace is empty. See a crisis unfold in the demo, or set up your own listening: what to watch, where, and who to call when it goes wrong.</source>
        <translation>Цей робочий простір порожній. Подивіться, як розгортається криза, у демонстрації, або налаштуйте власний моніторинг: що відстежувати, де і кому дзвонити, коли щось піде не так.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Відкрити демонстраційний простір</translation>
    </message>
    <message>
        <source>1. Add your brand&apos;s terms…</source>
        <translation>1. Додайте ключові слова бренду…</translation>
    </message>
    <message>
        <source>2. Add sources…</source>
        <translation>2. Додайте джерела…</translation>
    </message>
    <message>
        <source>3. Fill in the crisis team…</source>
        <translation>3. Заповніть кризову команду…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
</context>
</TS>
