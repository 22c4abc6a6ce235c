<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Timeline App</source>
        <translation>Timeline App</translation>
    </message>
    <message>
        <source>{name}[*] — Timeline App</source>
        <translation>{name}[*] — Timeline App</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln undated, listed below)</source>
        <translation>
            <numerusform> (з них %Ln без дати — див. нижче)</numerusform>
            <numerusform> (з них %Ln без дати — див. нижче)</numerusform>
            <numerusform> (з них %Ln без дати — див. нижче)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln event(s)</source>
        <translation>
            <numerusform>Показано {shown} з %Ln події</numerusform>
            <numerusform>Показано {shown} з %Ln подій</numerusform>
            <numerusform>Показано {shown} з %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Без фільтра</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Show times in the zone (an IANA name such as Asia/Seoul, or UTC):</source>
        <translation>Показувати час у поясі (назва IANA, наприклад Asia/Seoul, або UTC):</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Time &amp;Zone</source>
        <translation>&amp;Часовий пояс</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;System ({zone})</source>
        <translation>&amp;Системний ({zone})</translation>
    </message>
    <message>
        <source>&amp;Other Time Zone…</source>
        <translation>&amp;Інший часовий пояс…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Як у системі</translation>
    </message>
    <message>
        <source>{language} from the next start of Timeline App</source>
        <translation>{language} — після наступного запуску Timeline App</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;Text (*.txt);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;All files (*)</source>
        <translation>Статті (*.txt *.md *.markdown *.html *.htm);;Текст (*.txt);;Markdown (*.md *.markdown);;Вебсторінки (*.html *.htm);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Імпорт статті</translation>
    </message>
    <message>
        <source>Open Text File</source>
        <translation>Відкрити текстовий файл</translation>
    </message>
    <message>
        <source>Is {file} an article to read, or a spreadsheet to open?</source>
        <translation>Прочитати {file} як статтю чи відкрити як таблицю?</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Стаття</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet</source>
        <translation>&amp;Таблиця</translation>
    </message>
    <message>
        <source>e.g. 2025-04-28 (dates like “on Monday” are read from it)</source>
        <translation>напр. 2025-04-28 (від неї відлічуються дати на кшталт «у понеділок»)</translation>
    </message>
    <message>
        <source>&amp;Re-read</source>
        <translation>Пере&amp;читати</translation>
    </message>
    <message>
        <source>Read the article again with this title, outlet, URL and date</source>
        <translation>Прочитати статтю знову з цими заголовком, виданням, URL і датою</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Дата публікації:</translation>
    </message>
    <message>
        <source>From an article</source>
        <translation>Зі статті</translation>
    </message>
    <message>
        <source>From “{title}”</source>
        <translation>Зі статті «{title}»</translation>
    </message>
    <message>
        <source>{text} ({outlet_and_date})</source>
        <translation>{text} ({outlet_and_date})</translation>
    </message>
    <message>
        <source>{text}, characters {start}–{end}</source>
        <translation>{text}, символи {start}–{end}</translation>
    </message>
    <message>
        <source>{text}; speaker: {speaker}</source>
        <translation>{text}; мовець: {speaker}</translation>
    </message>
    <message>
        <source>Quote in context</source>
        <translation>Цитата в контексті</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Прийняти (A)</translation>
    </message>
    <message>
        <source>Re&amp;ject (R)</source>
        <translation>Відх&amp;илити (R)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Прийняти в&amp;сі</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Відхилити всі</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Додати до &amp;хронології</translation>
    </message>
    <message>
        <source>already in the document (same source and quote): rejected unless you accept it</source>
        <translation>уже є в документі (те саме джерело й цитата): буде відхилено, якщо ви не приймете</translation>
    </message>
    <message>
        <source>a new event</source>
        <translation>нова подія</translation>
    </message>
    <message>
        <source>stance is affirms or denies</source>
        <translation>позиція має бути affirms або denies</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>не число: {value}</translation>
    </message>
    <message>
        <source>Published: {problem}</source>
        <translation>Дата публікації: {problem}</translation>
    </message>
    <message>
        <source>The publication date was changed: press Re-read so that the dates are read from it.</source>
        <translation>Дату публікації змінено: натисніть «Перечитати», щоб дати було визначено відносно неї.</translation>
    </message>
    <message>
        <source>Fix these first:
{problems}</source>
        <translation>Спершу виправте:
{problems}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>нова подія</translation>
    </message>
    <message>
        <source>existing event “{title}”</source>
        <translation>наявна подія «{title}»</translation>
    </message>
    <message>
        <source>✓ accept</source>
        <translation>✓ прийняти</translation>
    </message>
    <message>
        <source>✗ reject</source>
        <translation>✗ відхилити</translation>
    </message>
    <message>
        <source>the document&apos;s event: only the new claims are added (choose “new event” under Into to edit its title and date)</source>
        <translation>подія документа: додаються лише нові твердження (щоб змінити назву й дату, виберіть «нова подія» у стовпці «Куди»)</translation>
    </message>
    <message>
        <source>matches the document&apos;s event ({why}): its claims are added to it, or choose “new event” to add one</source>
        <translation>збігається з подією документа ({why}): твердження буде додано до неї; щоб додати окрему подію, виберіть «нова подія»</translation>
    </message>
    <message>
        <source>{events}, {claims}: {accepted} accepted, {rejected} rejected, {left} to review. {notes}</source>
        <translation>{events}, {claims}: прийнято {accepted}, відхилено {rejected}, лишилося переглянути {left}. {notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln подія</numerusform>
            <numerusform>%Ln події</numerusform>
            <numerusform>%Ln подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>matches a source of the document</source>
        <translation>збігається з джерелом документа</translation>
    </message>
    <message>
        <source>new source: {name}, also “{aliases}”; confirm its kind and country (the same on every row that cites it)</source>
        <translation>нове джерело: {name}, також «{aliases}»; підтвердьте його тип і країну (однакові в усіх рядках, що на нього посилаються)</translation>
    </message>
    <message>
        <source>new source: {name}; confirm its kind and country (the same on every row that cites it)</source>
        <translation>нове джерело: {name}; підтвердьте його тип і країну (однакові в усіх рядках, що на нього посилаються)</translation>
    </message>
    <message>
        <source>the document&apos;s source: change it in Edit &gt; Sources…</source>
        <translation>джерело документа: змініть його в меню Редагування &gt; Джерела…</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>дати</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>джерела</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>числа</translation>
    </message>
    <message>
        <source>write the figure without separators, e.g. 1200</source>
        <translation>пишіть число без роздільників, напр. 1200</translation>
    </message>
    <message>
        <source>the figure must be a number, e.g. 1200 or 2.5</source>
        <translation>потрібне число, напр. 1200 або 2.5</translation>
    </message>
    <message>
        <source>the figure must be a finite number</source>
        <translation>число має бути скінченним</translation>
    </message>
    <message>
        <source>choose a source</source>
        <translation>виберіть джерело</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>published: {problem}</source>
        <translation>дата публікації: {problem}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публ.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(виберіть)</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Спростовує</translation>
    </message>
    <message>
        <source>Affirms</source>
        <translation>Стверджує</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>Видалити твердження</translation>
    </message>
    <message>
        <source>Add Clai&amp;m</source>
        <translation>Додати тв&amp;ердження</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>В&amp;идалити твердження</translation>
    </message>
    <message>
        <source>number, e.g. 1200</source>
        <translation>число, напр. 1200</translation>
    </message>
    <message>
        <source>unit, e.g. killed</source>
        <translation>одиниця, напр. загиблі</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Вебпосилання</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <source>Sta&amp;nce</source>
        <translation>&amp;Позиція</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Значення</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>&amp;Опубліковано</translation>
    </message>
    <message>
        <source>&amp;Web link</source>
        <translation>&amp;Вебпосилання</translation>
    </message>
    <message>
        <source>Credibilit&amp;y</source>
        <translation>Достові&amp;рність</translation>
    </message>
    <message>
        <source>Claim {number}: {problem}</source>
        <translation>Твердження {number}: {problem}</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>{id} (not in the sources)</source>
        <translation>{id} (немає серед джерел)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Нове джерело…</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.tsv *.tab *.txt *.json);;Spreadsheets (*.csv *.tsv *.tab *.txt);;JSON lists of records (*.json);;All files (*)</source>
        <translation>Таблиці та списки (*.csv *.tsv *.tab *.txt *.json);;Таблиці (*.csv *.tsv *.tab *.txt);;Списки записів JSON (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(не вибрано)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Імпорт {file}</translation>
    </message>
    <message>
        <source>Choose the column that holds each part of an event. The choices below were guessed from the column names.</source>
        <translation>Виберіть стовпець для кожної складової події. Початковий вибір нижче визначено за назвами стовпців.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>file</comment>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>the JSON file is too large to preview here; use --map on the command line</source>
        <translation>файл JSON завеликий для попереднього перегляду; скористайтеся параметром --map у командному рядку</translation>
    </message>
    <message>
        <source>the JSON file holds no list of records</source>
        <translation>файл JSON не містить списку записів</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) at {where}</source>
        <translation>
            <numerusform>%Ln запис у {where}</numerusform>
            <numerusform>%Ln записи у {where}</numerusform>
            <numerusform>%Ln записів у {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: nothing to show (see below).</source>
        <translation>{file}: нічого показати (див. нижче).</translation>
    </message>
    <message numerus="yes">
        <source>{file}: a JSON list, {records}, %Ln field(s) (the columns below).</source>
        <translation>
            <numerusform>{file}: список JSON, {records}, %Ln поле (стовпці нижче).</numerusform>
            <numerusform>{file}: список JSON, {records}, %Ln поля (стовпці нижче).</numerusform>
            <numerusform>{file}: список JSON, {records}, %Ln полів (стовпці нижче).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln column(s), {separated}, {encoding}</source>
        <translation>
            <numerusform>{file}: %Ln стовпець, {separated}, {encoding}</numerusform>
            <numerusform>{file}: %Ln стовпці, {separated}, {encoding}</numerusform>
            <numerusform>{file}: %Ln стовпців, {separated}, {encoding}</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, with a byte order mark</source>
        <translation>{text}, з міткою порядку байтів (BOM)</translation>
    </message>
    <message>
        <source>{text} (first part shown: the file is large)</source>
        <translation>{text} (показано лише початок: файл великий)</translation>
    </message>
    <message>
        <source>Auto ({encoding})</source>
        <translation>Автоматично ({encoding})</translation>
    </message>
    <message>
        <source>Guessed: if letters look wrong, choose another encoding.</source>
        <translation>Визначено автоматично: якщо літери відображаються неправильно, виберіть інше кодування.</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}</source>
        <translation>Не вдалося прочитати файл: {problem}</translation>
    </message>
    <message>
        <source>The file cannot be imported: {problem}</source>
        <translation>Не вдалося імпортувати файл: {problem}</translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Start date, or Year).</source>
        <translation>Виберіть стовпець із датою (Дата початку або Рік).</translation>
    </message>
    <message>
        <source>Choose the column that holds the title (or the description).</source>
        <translation>Виберіть стовпець із назвою (або описом).</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Імпорт CSV</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>За &amp;джерелом</translation>
    </message>
    <message>
        <source>By &amp;tag</source>
        <translation>За &amp;тегом</translation>
    </message>
    <message>
        <source>By st&amp;atus</source>
        <translation>За &amp;статусом</translation>
    </message>
    <message>
        <source>Single &amp;lane</source>
        <translation>&amp;Одна доріжка</translation>
    </message>
    <message>
        <source>Timelines and spreadsheets (*.json *.timeline *.csv *.tsv *.tab *.txt);;Timelines (*.json);;The Timeline Project (*.timeline);;Spreadsheets (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>Хронології та таблиці (*.json *.timeline *.csv *.tsv *.tab *.txt);;Хронології (*.json);;The Timeline Project (*.timeline);;Таблиці (*.csv *.tsv *.tab *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Імпортувати &amp;CSV…</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>Відкрити з іншим &amp;кодуванням…</translation>
    </message>
    <message>
        <source>Import &amp;Article…</source>
        <translation>Імпортувати с&amp;таттю…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Попередній перегляд друку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти &amp;попереднє</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Зм&amp;еншити</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Показати &amp;все</translation>
    </message>
    <message>
        <source>Order by &amp;Reliability</source>
        <translation>Упорядкувати за &amp;надійністю</translation>
    </message>
    <message>
        <source>Lanes by source in order of the sources&apos; reliability (A first, the ungraded last)</source>
        <translation>Доріжки джерел упорядковано за надійністю джерел (спочатку A, неоцінені — в кінці)</translation>
    </message>
    <message>
        <source>Claims by &amp;Date Said</source>
        <translation>Твердження за датою за&amp;яви</translation>
    </message>
    <message>
        <source>Show each claim at the date its source said it, joined to its event</source>
        <translation>Показувати кожне твердження на дату, коли його зробило джерело, із лінією до його події</translation>
    </message>
    <message>
        <source>Loc&amp;k Editing</source>
        <translation>Заблокувати &amp;редагування</translation>
    </message>
    <message>
        <source>Make the document read-only for review: no dragging, new, duplicate, delete, undo or import; editors open read-only; saving still works</source>
        <translation>Зробити документ доступним лише для читання на час перевірки: без перетягування, створення, дублювання, видалення, скасування та імпорту; редактори відкриваються лише для читання; зберігати можна й далі</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>Explain the timeline&apos;s marks (hatching, arrows, ⚠, bands, stances)</source>
        <translation>Пояснення позначок на часовій шкалі (штрихування, стрілки, ⚠, смуги, позиції)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Timeline App</source>
        <translation>&amp;Про Timeline App</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>Відкрити хронологію</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Немає нещодавніх файлів</translation>
    </message>
    <message>
        <source>About Timeline App</source>
        <translation>Про Timeline App</translation>
    </message>
    <message>
        <source>Timeline App {version}</source>
        <translation>Timeline App {version}</translation>
    </message>
    <message>
        <source>A timeline viewer and editor for contested events reported by many sources: who said what, and when.</source>
        <translation>Перегляд і редагування хронологій спірних подій, про які повідомляють багато джерел: хто що сказав і коли.</translation>
    </message>
    <message>
        <source>choose another: File &gt; Reopen with Encoding…</source>
        <translation>виберіть інше: Файл &gt; Відкрити з іншим кодуванням…</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Links of sources</source>
        <translation>Посилання на джерела</translation>
    </message>
    <message>
        <source>Source from URL</source>
        <translation>Джерело з URL</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Текст твердження</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Дата твердження</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Точність дати</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Рік кінця</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Місяць кінця</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>День кінця</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Час кінця</translation>
    </message>
    <message>
        <source>Display date</source>
        <translation>Дата для показу</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Мініатюра</translation>
    </message>
    <message>
        <source>Slide type</source>
        <translation>Тип слайда</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Тло</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>розділені комами</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>розділені крапкою з комою</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>розділені табуляцією</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>розділені символом {delimiter}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>рядок {line}: {problem}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The file has no rows below its header: nothing to import.</source>
        <translation>У файлі немає рядків під заголовком: імпортувати нічого.</translation>
    </message>
    <message>
        <source>The rest of the file is checked when it is opened.</source>
        <translation>Решту файлу буде перевірено під час відкриття.</translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), no row would load: {reasons}</source>
        <translation>
            <numerusform>З перших %Ln рядка жоден не завантажиться: {reasons}</numerusform>
            <numerusform>З перших %Ln рядків жоден не завантажиться: {reasons}</numerusform>
            <numerusform>З перших %Ln рядків жоден не завантажиться: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <source>No row would load: {reasons}</source>
        <translation>Жоден рядок не завантажиться: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will load</source>
        <translation>
            <numerusform>%Ln рядок буде завантажено</numerusform>
            <numerusform>%Ln рядки буде завантажено</numerusform>
            <numerusform>%Ln рядків буде завантажено</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads} ({undated} without a date: kept as undated events)</source>
        <translation>{loads} ({undated} без дати: буде збережено як події без дати)</translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), {loads}</source>
        <translation>
            <numerusform>З перших %Ln рядка: {loads}</numerusform>
            <numerusform>З перших %Ln рядків: {loads}</numerusform>
            <numerusform>З перших %Ln рядків: {loads}</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads}.</source>
        <translation>{loads}.</translation>
    </message>
    <message>
        <source>{loads}; {failing} will fail: {reasons}</source>
        <translation>{loads}; не вдасться завантажити {failing}: {reasons}</translation>
    </message>
    <message>
        <source>No sources: choose the column of source names or links to get them.</source>
        <translation>Джерел немає: щоб отримати їх, виберіть стовпець із назвами джерел або посиланнями на них.</translation>
    </message>
    <message>
        <source>Sources: {count} ({names}).</source>
        <translation>Джерела: {count} ({names}).</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оскаржено</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Спростовано</translation>
    </message>
    <message numerus="yes">
        <source>{items}{separator}and %Ln more</source>
        <translation>
            <numerusform>{items}{separator}і ще %Ln</numerusform>
            <numerusform>{items}{separator}і ще %Ln</numerusform>
            <numerusform>{items}{separator}і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree: {sources}</source>
        <translation>Джерела розходяться: {sources}</translation>
    </message>
    <message>
        <source>the figure</source>
        <translation>число</translation>
    </message>
    <message>
        <source>{source} gives different figures for {what}: {values}</source>
        <translation>{source} наводить різні числа для {what}: {values}</translation>
    </message>
    <message>
        <source>Sources disagree on {what}: {sources}</source>
        <translation>Джерела розходяться щодо {what}: {sources}</translation>
    </message>
    <message>
        <source>Disputed figures, in different units: {sources}</source>
        <translation>Суперечливі числа в різних одиницях: {sources}</translation>
    </message>
    <message>
        <source>Marked disputed; compare what the sources say: {sources}</source>
        <translation>Позначено як оскаржене; порівняйте, що кажуть джерела: {sources}</translation>
    </message>
    <message>
        <source>{source} affirms and denies</source>
        <translation>{source} стверджує і спростовує</translation>
    </message>
    <message>
        <source>{source} denies</source>
        <translation>{source} спростовує</translation>
    </message>
    <message>
        <source>{source} affirms</source>
        <translation>{source} стверджує</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>без числа</translation>
    </message>
    <message>
        <source>Affirmed by: {sources}</source>
        <translation>Стверджують: {sources}</translation>
    </message>
    <message>
        <source>Denied by: {sources}</source>
        <translation>Спростовують: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} і ще %Ln</numerusform>
            <numerusform>{items} і ще %Ln</numerusform>
            <numerusform>{items} і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оскаржено</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>спростовано</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Редагування події</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>comma-separated, e.g. deployment, kursk</source>
        <translation>через кому, напр. розгортання, курськ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation>Тве&amp;рдження</translation>
    </message>
    <message>
        <source>the start and end cannot both be unknown</source>
        <translation>початок і кінець не можуть бути невідомими водночас</translation>
    </message>
    <message>
        <source>end is before the start</source>
        <translation>кінець раніше за початок</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Події потрібна назва.</translation>
    </message>
    <message>
        <source>Start: {problem}</source>
        <translation>Початок: {problem}</translation>
    </message>
    <message>
        <source>End: {problem}</source>
        <translation>Кінець: {problem}</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Derived from claims (currently: {status})</source>
        <translation>За твердженнями (зараз: {status})</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>потрібна назва</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field}: понад {limit} символів</translation>
    </message>
    <message>
        <source>e.g. 28 April 2025, 2024-10~, spring 2025, ..</source>
        <translation>напр. 28 April 2025, 2024-10~, spring 2025, ..</translation>
    </message>
    <message>
        <source>optional, e.g. April 2025</source>
        <translation>необов’язково, напр. April 2025</translation>
    </message>
    <message>
        <source>Day…</source>
        <translation>День…</translation>
    </message>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>Вибрати день у календарі</translation>
    </message>
    <message>
        <source>{field}: pick a day</source>
        <translation>{field}: вибрати день</translation>
    </message>
    <message>
        <source>a date is needed (write .. if it is unknown)</source>
        <translation>потрібна дата (напишіть .., якщо вона невідома)</translation>
    </message>
    <message>
        <source>Stored as {edtf} → {meaning}</source>
        <translation>Зберігається як {edtf} → {meaning}</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>повністю надійне</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>зазвичай надійне</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>досить надійне</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>зазвичай ненадійне</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>ненадійне</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>надійність неможливо оцінити</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>ймовірно правдиве</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>можливо правдиве</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сумнівне</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>малоймовірне</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>достовірність неможливо оцінити</translation>
    </message>
    <message>
        <source>{grade} — {words}</source>
        <translation>{grade} — {words}</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>One lane per source</source>
        <translation>Доріжка для кожного джерела</translation>
    </message>
    <message>
        <source>One lane per tag</source>
        <translation>Доріжка для кожного тегу</translation>
    </message>
    <message>
        <source>One lane per status</source>
        <translation>Доріжка для кожного статусу</translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation>Одна доріжка</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <source>Exported CSV to {name}</source>
        <translation>CSV експортовано до {name}</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблиця CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;TimelineJS JSON…</source>
        <translation>&amp;TimelineJS JSON…</translation>
    </message>
    <message>
        <source>Export TimelineJS JSON</source>
        <translation>Експорт TimelineJS JSON</translation>
    </message>
    <message>
        <source>Exported TimelineJS JSON to {name}</source>
        <translation>TimelineJS JSON експортовано до {name}</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.timelinejs.json *.json)</source>
        <translation>TimelineJS JSON (*.timelinejs.json *.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;Native JSON…</source>
        <translation>Копія у &amp;власному форматі JSON…</translation>
    </message>
    <message>
        <source>Export a native JSON copy</source>
        <translation>Експорт копії у власному форматі JSON</translation>
    </message>
    <message>
        <source>Exported a native JSON copy to {name}</source>
        <translation>Копію у власному форматі JSON експортовано до {name}</translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json)</source>
        <translation>Хронології (*.timeline.json *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG or PDF)…</source>
        <translation>&amp;Зображення (PNG, SVG або PDF)…</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Експорт зображення</translation>
    </message>
    <message>
        <source>name the picture .png, .svg or .pdf</source>
        <translation>назва файлу має закінчуватися на .png, .svg або .pdf</translation>
    </message>
    <message numerus="yes">
        <source>Exported the view (%Ln event(s)) to {name}</source>
        <translation>
            <numerusform>Вигляд (%Ln подія) експортовано до {name}</numerusform>
            <numerusform>Вигляд (%Ln події) експортовано до {name}</numerusform>
            <numerusform>Вигляд (%Ln подій) експортовано до {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} (%Ln warning(s): {first})</source>
        <translation>
            <numerusform>{message} (%Ln попередження: {first})</numerusform>
            <numerusform>{message} (%Ln попередження: {first})</numerusform>
            <numerusform>{message} (%Ln попереджень: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Не вдалося експортувати</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>Не вдалося записати {name}.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Готовий розмір</translation>
    </message>
    <message>
        <source>As the window</source>
        <translation>Як у вікна</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>пікселів</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Доріжки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): those the filter shows</source>
        <translation>
            <numerusform>%Ln подія, яку показує фільтр</numerusform>
            <numerusform>%Ln події, які показує фільтр</numerusform>
            <numerusform>%Ln подій, які показує фільтр</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Розмір</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Від</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>Д&amp;оріжки</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>кінець раніше за початок</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медіа</translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation>Підпис до медіа</translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation>Автор: {credit}</translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation>Авторство медіа</translation>
    </message>
    <message>
        <source>Media link</source>
        <translation>Посилання на медіа</translation>
    </message>
    <message>
        <source>Media file (relative path): {file}</source>
        <translation>Медіафайл (відносний шлях): {file}</translation>
    </message>
    <message>
        <source>Media file (embedded or not a web address): {file}</source>
        <translation>Медіафайл (вбудований або не вебадреса): {file}</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Медіафайл</translation>
    </message>
    <message>
        <source>{claims} in {events}</source>
        <translation>{claims} ({events})</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Редагування джерела</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. Yonhap News Agency</source>
        <translation>напр. агентство Yonhap</translation>
    </message>
    <message>
        <source>e.g. news agency, government</source>
        <translation>напр. інформаційне агентство, уряд</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Вебсторінка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Вибрати колір</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>Тип&amp;овий</translation>
    </message>
    <message>
        <source>Use the default lane colour</source>
        <translation>Використовувати типовий колір доріжки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Країна</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>&amp;Вебсторінка</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>На&amp;дійність</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Ко&amp;лір</translation>
    </message>
    <message>
        <source>Source Colour</source>
        <translation>Колір джерела</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>потрібна назва</translation>
    </message>
    <message>
        <source>another source is already called “{name}”; merge instead</source>
        <translation>інше джерело вже має назву «{name}»; натомість об’єднайте їх</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <translation>Об’єднання джерел</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Об’єднати з</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <source>Merge “{name}” &amp;into</source>
        <translation>Об’єднати «{name}» &amp;з</translation>
    </message>
    <message>
        <source>{claims_in_events} will move from “{name}” to “{into}”, and “{name}” is then removed. Undo puts everything back.</source>
        <translation>Буде перенесено {claims_in_events} з «{name}» до «{into}», а потім «{name}» буде видалено. Скасування все поверне.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Об’єднати з…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Нова подія…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Event</source>
        <translation>Д&amp;ублювати подію</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Джерела…</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>undo history</comment>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>Неможливо змінити документ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Дублювання події</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln Event(s)</source>
        <translation>
            <numerusform>Дублювання %Ln події</numerusform>
            <numerusform>Дублювання %Ln подій</numerusform>
            <numerusform>Дублювання %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Видалення події</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Event(s)</source>
        <translation>
            <numerusform>Видалення %Ln події</numerusform>
            <numerusform>Видалення %Ln подій</numerusform>
            <numerusform>Видалення %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted event: {titles} ({keys} undoes)</source>
        <translation>Видалено подію: {titles} (скасувати: {keys})</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s): {titles} ({keys} undoes)</source>
        <translation>
            <numerusform>Видалено %Ln подію: {titles} (скасувати: {keys})</numerusform>
            <numerusform>Видалено %Ln події: {titles} (скасувати: {keys})</numerusform>
            <numerusform>Видалено %Ln подій: {titles} (скасувати: {keys})</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Event</source>
        <translation>Переміщення події</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>без кінця</translation>
    </message>
    <message>
        <source>Moved {title}: {old} → {new} ({keys} undoes)</source>
        <translation>Переміщено {title}: {old} → {new} (скасувати: {keys})</translation>
    </message>
    <message>
        <source>&amp;Sources of this document</source>
        <translation>Дж&amp;ерела цього документа</translation>
    </message>
    <message>
        <source>Rename Source</source>
        <translation>Перейменування джерела</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>Об’єднати джерела</translation>
    </message>
    <message>
        <source>{name} is cited by {claims_in_events}. Merge it into another source first, or remove those claims.</source>
        <translation>Посилання на {name}: {claims_in_events}. Спершу об’єднайте його з іншим джерелом або видаліть ці твердження.</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Видалення джерела</translation>
    </message>
    <message>
        <source>Cannot Change the Sources</source>
        <translation>Неможливо змінити джерела</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>{name} (last autosaved {when})</source>
        <translation>{name} (автозбереження: {when})</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Помилка автозбереження: {error}</translation>
    </message>
    <message>
        <source>&amp;Copy as Citation</source>
        <translation>&amp;Копіювати для цитування</translation>
    </message>
    <message>
        <source>Show Only Its &amp;Sources</source>
        <translation>Показати лише її &amp;джерела</translation>
    </message>
    <message>
        <source>Show Only Their &amp;Sources</source>
        <translation>Показати лише їхні &amp;джерела</translation>
    </message>
    <message>
        <source>Open Source &amp;Link</source>
        <translation>Відкрити &amp;посилання на джерело</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>Скопійовано для цитування: %Ln подію</numerusform>
            <numerusform>Скопійовано для цитування: %Ln події</numerusform>
            <numerusform>Скопійовано для цитування: %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between sources</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>no source</source>
        <translation>без джерела</translation>
    </message>
    <message>
        <source>{title} ({date}). Sources: {sources}.</source>
        <translation>{title} ({date}). Джерела: {sources}.</translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing)</source>
        <translation>Редагування заблоковано (Вигляд &gt; Заблокувати редагування)</translation>
    </message>
    <message>
        <source>Locked for review</source>
        <translation>Заблоковано для перевірки</translation>
    </message>
    <message>
        <source>&amp;View Event…</source>
        <translation>Пере&amp;глянути подію…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Редагувати подію…</translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing): the document can be read, filtered, exported and saved, not changed</source>
        <translation>Редагування заблоковано (Вигляд &gt; Заблокувати редагування): можна читати, фільтрувати, експортувати й зберігати</translation>
    </message>
    <message>
        <source>Editing unlocked</source>
        <translation>Редагування розблоковано</translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json);;All files (*)</source>
        <translation>Хронології (*.timeline.json *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Файл змінено на диску</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>Відколи ви відкрили або зберегли {name}, файл змінила інша програма.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, reload the file from disk (your unsaved edits are lost), or cancel?</source>
        <translation>Перезаписати його вашою версією, зберегти вашу під іншою назвою, перезавантажити файл із диска (незбережені зміни буде втрачено) чи скасувати?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Перезаписати</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>Перезавантажити з &amp;диска</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>Зберегти хронологію як</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не вдалося зберегти</translation>
    </message>
    <message>
        <source>Your changes are still here; try another folder with Save As.</source>
        <translation>Ваші зміни нікуди не зникли; спробуйте іншу теку через «Зберегти як».</translation>
    </message>
    <message>
        <source>Saved; note: {note}</source>
        <translation>Збережено; примітка: {note}</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Перезавантажити з диска</translation>
    </message>
    <message>
        <source>Reload {name} and lose your unsaved edits?</source>
        <translation>Перезавантажити {name} і втратити незбережені зміни?</translation>
    </message>
    <message>
        <source>Reload the file and lose your unsaved edits?</source>
        <translation>Перезавантажити файл і втратити незбережені зміни?</translation>
    </message>
    <message>
        <source>&amp;Reload and lose edits</source>
        <translation>&amp;Перезавантажити й втратити зміни</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Зберегти зміни в {name}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Якщо не зберегти, зміни буде втрачено.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Не зберігати</translation>
    </message>
    <message>
        <source>New Timeline</source>
        <translation>Нова хронологія</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Untitled timeline</source>
        <translation>Хронологія без назви</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Find events (Ctrl+F)</source>
        <translation>Пошук подій (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Пошук подій</translation>
    </message>
    <message>
        <source>Only &amp;matches</source>
        <translation>Лише &amp;збіги</translation>
    </message>
    <message>
        <source>Show only matching events</source>
        <translation>Показувати лише знайдені події</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фільтр за тегом</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фільтр за статусом</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Reliability filter</source>
        <translation>Фільтр за надійністю</translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Rel. {grade}</source>
        <translation>Надійн. {grade}</translation>
    </message>
    <message>
        <source>Rel. {grade} or better</source>
        <translation>Надійн. A–{grade}</translation>
    </message>
    <message>
        <source>sources graded {grade} ({words})</source>
        <translation>джерела з оцінкою {grade} ({words})</translation>
    </message>
    <message>
        <source>sources graded {grade} ({words}) or better</source>
        <translation>джерела з оцінкою {grade} ({words}) і вище</translation>
    </message>
    <message>
        <source>Rel. graded</source>
        <translation>Надійн. A–F</translation>
    </message>
    <message>
        <source>sources graded A–F</source>
        <translation>джерела з оцінкою A–F</translation>
    </message>
    <message>
        <source>Credibility filter</source>
        <translation>Фільтр за достовірністю</translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Cred. {grade}</source>
        <translation>Достов. {grade}</translation>
    </message>
    <message>
        <source>Cred. {grade} or better</source>
        <translation>Достов. 1–{grade}</translation>
    </message>
    <message>
        <source>claims graded {grade} ({words})</source>
        <translation>твердження з оцінкою {grade} ({words})</translation>
    </message>
    <message>
        <source>claims graded {grade} ({words}) or better</source>
        <translation>твердження з оцінкою {grade} ({words}) і вище</translation>
    </message>
    <message>
        <source>Cred. graded</source>
        <translation>Достов. 1–6</translation>
    </message>
    <message>
        <source>claims graded 1–6</source>
        <translation>твердження з оцінкою 1–6</translation>
    </message>
    <message>
        <source>From (e.g. 2024-06)</source>
        <translation>Від (напр. 2024-06)</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Фільтр: від дати</translation>
    </message>
    <message>
        <source>To (e.g. 2025)</source>
        <translation>До (напр. 2025)</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Фільтр: до дати</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Скинути всі фільтри</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Активні фільтри</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>немає збігів</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln збіг</numerusform>
            <numerusform>%Ln збіги</numerusform>
            <numerusform>%Ln збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>match</comment>
        <translation>{current} з {total}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Усі теги</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>status</comment>
        <translation>повідомлено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>status</comment>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>status</comment>
        <translation>оскаржено</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status</comment>
        <translation>спростовано</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} і ще %Ln</numerusform>
            <numerusform>{names} і ще %Ln</numerusform>
            <numerusform>{names} і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>showing only {sources}</source>
        <translation>показано лише {sources}</translation>
    </message>
    <message>
        <source>hiding {sources}</source>
        <translation>приховано {sources}</translation>
    </message>
    <message>
        <source>tag {tags}</source>
        <translation>тег {tags}</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation> або </translation>
    </message>
    <message>
        <source>date range</source>
        <translation>діапазон дат</translation>
    </message>
    <message>
        <source>reliability {grade}</source>
        <translation>надійність {grade}</translation>
    </message>
    <message>
        <source>reliability {grade} or better</source>
        <translation>надійність {grade} і вище</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>достовірність {grade}</translation>
    </message>
    <message>
        <source>credibility {grade} or better</source>
        <translation>достовірність {grade} і вище</translation>
    </message>
    <message>
        <source>matching &quot;{text}&quot;</source>
        <translation>пошук «{text}»</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filter parts</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Фільтр: {filter}</translation>
    </message>
    <message>
        <source>not enough memory to open this file</source>
        <translation>недостатньо пам’яті, щоб відкрити цей файл</translation>
    </message>
    <message>
        <source>could not be read because of an internal error ({error}); please report it with the file</source>
        <translation>не вдалося прочитати через внутрішню помилку ({error}); будь ласка, повідомте про неї й додайте файл</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Відкривається {name}…</translation>
    </message>
    <message>
        <source>Opening</source>
        <comment>progress dialog</comment>
        <translation>Відкриття</translation>
    </message>
    <message>
        <source>{status} (derived)</source>
        <translation>{status} (виведено)</translation>
    </message>
    <message numerus="yes">
        <source>{names}, … %Ln more</source>
        <translation>
            <numerusform>{names}, … ще %Ln</numerusform>
            <numerusform>{names}, … ще %Ln</numerusform>
            <numerusform>{names}, … ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Rel.</source>
        <comment>reliability column</comment>
        <translation>Надійн.</translation>
    </message>
    <message>
        <source>#</source>
        <comment>events column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Events per source</source>
        <translation>Кількість подій за джерелами</translation>
    </message>
    <message>
        <source>Reliability of the source (Admiralty grade A–F)</source>
        <translation>Надійність джерела (оцінка A–F за системою Адміралтейства)</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <comment>source and its kind</comment>
        <translation>{name} ({kind})</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s), reliability {grade}</source>
        <translation>
            <numerusform>{source}: %Ln подія, надійність {grade}</numerusform>
            <numerusform>{source}: %Ln події, надійність {grade}</numerusform>
            <numerusform>{source}: %Ln подій, надійність {grade}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s)</source>
        <translation>
            <numerusform>{source}: %Ln подія</numerusform>
            <numerusform>{source}: %Ln події</numerusform>
            <numerusform>{source}: %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>source</comment>
        <translation>приховано</translation>
    </message>
    <message>
        <source>shown</source>
        <comment>source</comment>
        <translation>показано</translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), reliability {grade}, {state}</source>
        <translation>
            <numerusform>{source}, %Ln подія, надійність {grade}, {state}</numerusform>
            <numerusform>{source}, %Ln події, надійність {grade}, {state}</numerusform>
            <numerusform>{source}, %Ln подій, надійність {grade}, {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), {state}</source>
        <translation>
            <numerusform>{source}, %Ln подія, {state}</numerusform>
            <numerusform>{source}, %Ln події, {state}</numerusform>
            <numerusform>{source}, %Ln подій, {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(без джерела)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>не вдалося запустити принтер</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Друк хронології</translation>
    </message>
    <message>
        <source>Sent the view to the printer</source>
        <translation>Вигляд надіслано на принтер</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>{title} (read-only: editing is locked)</source>
        <translation>{title} (лише читання: редагування заблоковано)</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Пошук джерел</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>sources</comment>
        <translation>&amp;Усі</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <comment>sources</comment>
        <translation>&amp;Жодного</translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation>Показати всі джерела</translation>
    </message>
    <message>
        <source>Hide all sources</source>
        <translation>Сховати всі джерела</translation>
    </message>
    <message>
        <source>Show &amp;only this source</source>
        <translation>Показати &amp;лише це джерело</translation>
    </message>
    <message>
        <source>Show &amp;all sources</source>
        <translation>Показати &amp;всі джерела</translation>
    </message>
    <message>
        <source>&amp;Hide all sources</source>
        <translation>&amp;Сховати всі джерела</translation>
    </message>
    <message>
        <source>Show &amp;Kind column</source>
        <translation>Показувати стовпець «&amp;Тип»</translation>
    </message>
    <message>
        <source>Show &amp;Reliability column</source>
        <translation>Показувати стовпець «&amp;Надійність»</translation>
    </message>
    <message>
        <source>Undated events</source>
        <translation>Події без дати</translation>
    </message>
    <message>
        <source>Undated ({count}):</source>
        <translation>Без дати ({count}):</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (listed in the Events table)</source>
        <translation>
            <numerusform>і ще %Ln (див. таблицю «Події»)</numerusform>
            <numerusform>і ще %Ln (див. таблицю «Події»)</numerusform>
            <numerusform>і ще %Ln (див. таблицю «Події»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated event: {title}</source>
        <translation>Подія без дати: {title}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Відновлення незбереженої роботи</translation>
    </message>
    <message>
        <source>Timeline App closed unexpectedly with unsaved changes to {name}.</source>
        <translation>Timeline App неочікувано завершила роботу, не зберігши зміни в {name}.</translation>
    </message>
    <message>
        <source>Recover them now, or keep them for next time?</source>
        <translation>Відновити їх зараз чи залишити на наступний раз?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>Від&amp;кинути</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Залишити на &amp;потім</translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation>Не вдалося відкрити файл</translation>
    </message>
    <message numerus="yes">
        <source>{name} could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation>
            <numerusform>Не вдалося відкрити {name}: знайдено %Ln проблему. Уже відкритий документ не змінено.</numerusform>
            <numerusform>Не вдалося відкрити {name}: знайдено %Ln проблеми. Уже відкритий документ не змінено.</numerusform>
            <numerusform>Не вдалося відкрити {name}: знайдено %Ln проблем. Уже відкритий документ не змінено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation>
            <numerusform>Не вдалося відкрити файл: знайдено %Ln проблему. Уже відкритий документ не змінено.</numerusform>
            <numerusform>Не вдалося відкрити файл: знайдено %Ln проблеми. Уже відкритий документ не змінено.</numerusform>
            <numerusform>Не вдалося відкрити файл: знайдено %Ln проблем. Уже відкритий документ не змінено.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the document&apos;s sources</source>
        <translation>немає серед джерел документа</translation>
    </message>
    <message>
        <source>reliability {grade} ({meaning})</source>
        <translation>надійність {grade} ({meaning})</translation>
    </message>
    <message>
        <source>Claim (denies)</source>
        <translation>Твердження (спростовує)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Опубліковано {date}</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Дату не вказано</translation>
    </message>
    <message>
        <source>Affirms · published {date}</source>
        <translation>Стверджує · опубліковано {date}</translation>
    </message>
    <message>
        <source>Affirms · date not given</source>
        <translation>Стверджує · дату не вказано</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Cited: {citation}</source>
        <translation>Цитовано: {citation}</translation>
    </message>
    <message>
        <source>Show more claims ({count} not shown)</source>
        <translation>Показати більше тверджень (не показано: {count})</translation>
    </message>
    <message>
        <source>Show more claims, {count} not shown</source>
        <translation>Показати більше тверджень, не показано: {count}</translation>
    </message>
    <message>
        <source>What {source} says</source>
        <translation>Що каже {source}</translation>
    </message>
    <message>
        <source>Affirms and ✗ Denies</source>
        <translation>Стверджує і ✗ Спростовує</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… і ще %Ln</numerusform>
            <numerusform>… і ще %Ln</numerusform>
            <numerusform>… і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No date (undated)</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>{status} (set in the file)</source>
        <translation>{status} (задано у файлі)</translation>
    </message>
    <message>
        <source>{status} (derived from the claims)</source>
        <translation>{status} (виведено з тверджень)</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробиці події</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Подію не вибрано</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Назва події</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата події</translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>Статус події</translation>
    </message>
    <message>
        <source>Event tags</source>
        <translation>Теги події</translation>
    </message>
    <message>
        <source>Event location</source>
        <translation>Місце події</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>Опис події</translation>
    </message>
    <message numerus="yes">
        <source>Claims: {claims} from %Ln source(s)</source>
        <translation>
            <numerusform>Твердження: {claims} з %Ln джерела</numerusform>
            <numerusform>Твердження: {claims} з %Ln джерел</numerusform>
            <numerusform>Твердження: {claims} з %Ln джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims: no source is cited for this event</source>
        <translation>Тверджень немає: для цієї події не вказано жодного джерела</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Інші поля</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more field(s)</source>
        <translation>
            <numerusform>… і ще %Ln поле</numerusform>
            <numerusform>… і ще %Ln поля</numerusform>
            <numerusform>… і ще %Ln полів</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in browser: {url}</source>
        <translation>Відкрити в браузері: {url}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Not opened (not an http or https link): {url}</source>
        <translation>Не відкрито (це не посилання http або https): {url}</translation>
    </message>
    <message>
        <source>Link (not clickable)</source>
        <translation>Посилання (неактивне)</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Копіювати адресу посилання</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>Відкрити посилання в браузері</translation>
    </message>
    <message>
        <source>{date} (open)</source>
        <translation>{date} (відкритий кінець)</translation>
    </message>
    <message>
        <source>Start: {date}</source>
        <translation>Початок: {date}</translation>
    </message>
    <message>
        <source>End: {date}</source>
        <translation>Кінець: {date}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Джерела: {sources}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation>Оцінки: {grades}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Lane: {name}</source>
        <translation>Доріжка: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, listed in the Undated strip</source>
        <translation>
            <numerusform>%Ln без дати, у смузі «Без дати»</numerusform>
            <numerusform>%Ln без дати, у смузі «Без дати»</numerusform>
            <numerusform>%Ln без дати, у смузі «Без дати»</numerusform>
        </translation>
    </message>
    <message>
        <source>Reliability: {grade}</source>
        <translation>Надійність: {grade}</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>згорнуто</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in time order (those the filter shows)</source>
        <translation>
            <numerusform>%Ln подія в хронологічному порядку (показані фільтром)</numerusform>
            <numerusform>%Ln події в хронологічному порядку (показані фільтром)</numerusform>
            <numerusform>%Ln подій у хронологічному порядку (показані фільтром)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged: {dates}</source>
        <translation>Без змін: {dates}</translation>
    </message>
    <message>
        <source>Move to {dates}</source>
        <translation>Перемістити на {dates}</translation>
    </message>
    <message>
        <source>New start: {dates}</source>
        <translation>Новий початок: {dates}</translation>
    </message>
    <message>
        <source>New end: {dates}</source>
        <translation>Новий кінець: {dates}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>sources</comment>
        <translation>немає</translation>
    </message>
    <message>
        <source>unknown source id {ids} (known: {choices})</source>
        <translation>невідомий ID джерела {ids} (відомі: {choices})</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn</source>
        <translation>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln подію не відображено</numerusform>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln події не відображено</numerusform>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln подій не відображено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn (a taller picture, fewer sources or one lane shows them)</source>
        <translation>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln подію не відображено (їх покаже вище зображення, менше джерел або одна доріжка)</numerusform>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln події не відображено (їх покаже вище зображення, менше джерел або одна доріжка)</numerusform>
            <numerusform>Показано {shown} з {lanes} доріжок: %Ln подій не відображено (їх покаже вище зображення, менше джерел або одна доріжка)</numerusform>
        </translation>
    </message>
    <message>
        <source>the range is empty: --to must come after --from</source>
        <translation>діапазон порожній: --to має бути пізніше за --from</translation>
    </message>
    <message>
        <source>lanes by source</source>
        <translation>доріжки за джерелами</translation>
    </message>
    <message>
        <source>lanes by tag</source>
        <translation>доріжки за тегами</translation>
    </message>
    <message>
        <source>lanes by status</source>
        <translation>доріжки за статусами</translation>
    </message>
    <message>
        <source>one lane</source>
        <translation>одна доріжка</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>час у поясі {zone}</translation>
    </message>
    <message>
        <source>claims by date said</source>
        <translation>твердження за датою заяви</translation>
    </message>
    <message>
        <source>sources: {sources}</source>
        <translation>джерела: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) not drawn</source>
        <translation>
            <numerusform>%Ln подію без дати не відображено</numerusform>
            <numerusform>%Ln події без дати не відображено</numerusform>
            <numerusform>%Ln подій без дати не відображено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s)</source>
        <translation>
            <numerusform>… і ще %Ln джерело</numerusform>
            <numerusform>… і ще %Ln джерела</numerusform>
            <numerusform>… і ще %Ln джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>no events from the chosen sources</source>
        <translation>немає подій із вибраних джерел</translation>
    </message>
    <message>
        <source>unknown format {format}: use .png, .svg or .pdf</source>
        <translation>невідомий формат {format}: використовуйте .png, .svg або .pdf</translation>
    </message>
    <message>
        <source>cannot tell the format of {path}: name it .png, .svg or .pdf</source>
        <translation>не вдалося визначити формат {path}: дайте файлу розширення .png, .svg або .pdf</translation>
    </message>
    <message>
        <source>{count} + {undated} undated</source>
        <translation>{count} + {undated} без дати</translation>
    </message>
    <message>
        <source>Dragging pans the view. To move an event, click it first, then drag it.</source>
        <translation>Перетягування прокручує вигляд. Щоб перемістити подію, спершу клацніть її, а потім перетягніть.</translation>
    </message>
    <message>
        <source>This event has no end to resize</source>
        <translation>Ця подія не має кінця, який можна змінити</translation>
    </message>
    <message>
        <source>Select a drawn event first (Left/Right step through them)</source>
        <translation>Спершу виберіть показану подію (←/→ — перехід між ними)</translation>
    </message>
    <message>
        <source>Select an event first: Alt+Up and Alt+Down fold its lane</source>
        <translation>Спершу виберіть подію: Alt+↑ і Alt+↓ згортають і розгортають її доріжку</translation>
    </message>
    <message>
        <source>Lane {name} collapsed (Alt+Down opens it)</source>
        <translation>Доріжку {name} згорнуто (Alt+↓ розгортає)</translation>
    </message>
    <message>
        <source>Lane {name} opened</source>
        <translation>Доріжку {name} розгорнуто</translation>
    </message>
    <message>
        <source>Lane {name} shows all its rows</source>
        <translation>Доріжка {name} показує всі рядки</translation>
    </message>
    <message>
        <source>solid: surely within the dates</source>
        <translation>суцільна: напевно в межах дат</translation>
    </message>
    <message>
        <source>faded: the whole period a date may mean</source>
        <translation>бліда: увесь період, який може означати дата</translation>
    </message>
    <message>
        <source>hatched: approximate or uncertain extent</source>
        <translation>заштрихована: приблизна або невизначена тривалість</translation>
    </message>
    <message>
        <source>arrow: open end (no known end or start)</source>
        <translation>стрілка: відкритий кінець (кінець або початок невідомі)</translation>
    </message>
    <message>
        <source>⚠ dashed outline: disputed</source>
        <translation>⚠ пунктирний контур: оскаржено</translation>
    </message>
    <message>
        <source>hollow: this lane&apos;s source denies it</source>
        <translation>порожниста: джерело цієї доріжки спростовує подію</translation>
    </message>
    <message>
        <source>struck through: denied</source>
        <translation>закреслена: спростовано</translation>
    </message>
    <message>
        <source>band: density (event counts)</source>
        <translation>смуга: щільність (кількість подій)</translation>
    </message>
    <message>
        <source>+N more: events without a row (in the window, a click shows them)</source>
        <translation>+N ще: події без рядка (у вікні клацання показує їх)</translation>
    </message>
    <message>
        <source>◇ or |–| under a bar, dotted to it: when its source said it</source>
        <translation>◇ або |–| під смугою, з пунктиром до неї: коли її повідомило джерело</translation>
    </message>
    <message>
        <source>orange underline, orange badge: low grade (reliability D–E, credibility 4–5)</source>
        <translation>помаранчеве підкреслення, помаранчевий значок: низька оцінка (надійність D–E, достовірність 4–5)</translation>
    </message>
    <message>
        <source>dotted underline, ? badge: not graded</source>
        <translation>пунктирне підкреслення, значок ?: без оцінки</translation>
    </message>
    <message>
        <source>+N</source>
        <comment>the legend&apos;s sample of +N more</comment>
        <translation>+N</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>lanes</comment>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>lanes</comment>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>lanes</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>lanes</comment>
        <translation>Події</translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>Огляд хронології</translation>
    </message>
    <message>
        <source>The whole document in brief; the frame is the view</source>
        <translation>Увесь документ стисло; рамка — це поточний вигляд</translation>
    </message>
    <message>
        <source>Drag the window to pan, its edges to zoom; click to jump</source>
        <translation>Перетягніть вікно, щоб прокрутити, його краї — щоб змінити масштаб; клацніть, щоб перейти</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} з %Ln події</numerusform>
            <numerusform>{shown} з %Ln подій</numerusform>
            <numerusform>{shown} з %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({undated} undated)</source>
        <translation>{count} ({undated} без дати)</translation>
    </message>
    <message>
        <source>{source} said, {when}:</source>
        <translation>{source}, {when}:</translation>
    </message>
    <message>
        <source>About: {title}</source>
        <translation>Про: {title}</translation>
    </message>
    <message>
        <source>{count} more in view · click to open</source>
        <translation>Ще {count} у вигляді · клацніть, щоб відкрити</translation>
    </message>
    <message>
        <source>{count} more in view · click to zoom in</source>
        <translation>Ще {count} у вигляді · клацніть, щоб збільшити</translation>
    </message>
    <message>
        <source>{count} in view · click to open</source>
        <translation>{count} у вигляді · клацніть, щоб відкрити</translation>
    </message>
    <message>
        <source>{count} in view · click to zoom in</source>
        <translation>{count} у вигляді · клацніть, щоб збільшити</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} ще</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Resolved: {date}</source>
        <translation>Вирішено: {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) + {undated} undated (not drawn: listed in the Undated strip)</source>
        <translation>
            <numerusform>%Ln подія + {undated} без дати (не відображено: перелічено в смузі «Без дати»)</numerusform>
            <numerusform>%Ln події + {undated} без дати (не відображено: перелічено в смузі «Без дати»)</numerusform>
            <numerusform>%Ln подій + {undated} без дати (не відображено: перелічено в смузі «Без дати»)</numerusform>
        </translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation>Немає відкритої хронології</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Висока &amp;контрастність</translation>
    </message>
    <message>
        <source>Stronger lines, text and lane colours on the timeline</source>
        <translation>Чіткіші лінії, текст і кольори доріжок на часовій шкалі</translation>
    </message>
    <message>
        <source>give a date, not an open end</source>
        <translation>вкажіть дату, а не відкритий кінець</translation>
    </message>
    <message>
        <source>a publication date is in the years 1 to 9999</source>
        <translation>дата публікації має бути в межах 1–9999 років</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes; an article is read up to {most}</source>
        <translation>{path}: файл має {size} байтів; статтю читається лише до {most}</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: не вдалося прочитати: {reason}</translation>
    </message>
    <message>
        <source>the publication date: {problem}</source>
        <translation>дата публікації: {problem}</translation>
    </message>
    <message>
        <source>{name}: this is not text (it holds NUL bytes)</source>
        <translation>{name}: це не текст (містить байти NUL)</translation>
    </message>
    <message>
        <source>{name}: an HTML page without an article (no main text found)</source>
        <translation>{name}: HTML-сторінка без статті (основного тексту не знайдено)</translation>
    </message>
    <message>
        <source>{name}: there is no text to read</source>
        <translation>{name}: немає тексту для читання</translation>
    </message>
    <message>
        <source>shares {share} of its key terms, and its dates, with “{title}”</source>
        <translation>має {share} спільних ключових слів і ті самі дати, що й «{title}»</translation>
    </message>
    <message>
        <source>the publication date is not known, so dates relative to it (&quot;on Monday&quot;, &quot;in October&quot;) are left unplaced: give it</source>
        <translation>дата публікації невідома, тож відносні дати («у понеділок», «у жовтні») не розміщено: вкажіть її</translation>
    </message>
    <message>
        <source>no event with id &quot;{id}&quot;</source>
        <translation>немає події з ідентифікатором «{id}»</translation>
    </message>
    <message>
        <source>1 cell starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run it as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation>1 клітинка, що починається з = + - @, табуляції або CR, отримала на початку &apos;, щоб електронна таблиця не виконала її як формулу (Timeline App вилучає його, коли читає файл знову; --raw записує клітинки як є)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run them as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation>
            <numerusform>%Ln клітинка, що починається з = + - @, табуляції або CR, отримала на початку &apos;, щоб електронна таблиця не виконала її як формулу (Timeline App вилучає його, коли читає файл знову; --raw записує клітинки як є)</numerusform>
            <numerusform>%Ln клітинки, що починаються з = + - @, табуляції або CR, отримали на початку &apos;, щоб електронна таблиця не виконала їх як формули (Timeline App вилучає його, коли читає файл знову; --raw записує клітинки як є)</numerusform>
            <numerusform>%Ln клітинок, що починаються з = + - @, табуляції або CR, отримали на початку &apos;, щоб електронна таблиця не виконала їх як формули (Timeline App вилучає його, коли читає файл знову; --raw записує клітинки як є)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): claims have figures, stances, or quotes with a semicolon, that a CSV row cannot hold (kept: sources, links, quotes, dates)</source>
        <translation>
            <numerusform>%Ln подія: твердження мають числа, позиції або цитати з крапкою з комою, яких рядок CSV не вміщує (збережено: джерела, посилання, цитати, дати)</numerusform>
            <numerusform>%Ln події: твердження мають числа, позиції або цитати з крапкою з комою, яких рядок CSV не вміщує (збережено: джерела, посилання, цитати, дати)</numerusform>
            <numerusform>%Ln подій: твердження мають числа, позиції або цитати з крапкою з комою, яких рядок CSV не вміщує (збережено: джерела, посилання, цитати, дати)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): media (picture or video link, caption, credit) not written; the TimelineJS template and the native format keep it</source>
        <translation>
            <numerusform>%Ln подія: медіа (посилання на зображення чи відео, підпис, авторство) не записано; їх зберігають шаблон TimelineJS і власний формат</numerusform>
            <numerusform>%Ln події: медіа (посилання на зображення чи відео, підпис, авторство) не записано; їх зберігають шаблон TimelineJS і власний формат</numerusform>
            <numerusform>%Ln подій: медіа (посилання на зображення чи відео, підпис, авторство) не записано; їх зберігають шаблон TimelineJS і власний формат</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source name holds ; or |, which a CSV cell puts between names, so it reads back as several sources: {names}</source>
        <translation>1 назва джерела містить ; або |, якими клітинка CSV розділяє назви, тож її буде прочитано як кілька джерел: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source names hold ; or |, which a CSV cell puts between names, so they read back as several sources: {names}</source>
        <translation>
            <numerusform>%Ln назва джерела містить ; або |, якими клітинка CSV розділяє назви, тож її буде прочитано як кілька джерел: {names}</numerusform>
            <numerusform>%Ln назви джерел містять ; або |, якими клітинка CSV розділяє назви, тож їх буде прочитано як кілька джерел: {names}</numerusform>
            <numerusform>%Ln назв джерел містять ; або |, якими клітинка CSV розділяє назви, тож їх буде прочитано як кілька джерел: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 era is not written (a CSV row is an event); they stay in the native format</source>
        <translation>1 епоху не записано (рядок CSV — це подія); епохи залишаються у власному форматі</translation>
    </message>
    <message numerus="yes">
        <source>%Ln eras are not written (a CSV row is an event); they stay in the native format</source>
        <translation>
            <numerusform>%Ln епоху не записано (рядок CSV — це подія); вони залишаються у власному форматі</numerusform>
            <numerusform>%Ln епохи не записано (рядок CSV — це подія); вони залишаються у власному форматі</numerusform>
            <numerusform>%Ln епох не записано (рядок CSV — це подія); вони залишаються у власному форматі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &quot;{column}&quot;: {grades} grades for %Ln claim(s) (give one for all, or one per source separated by &quot;;&quot;)</source>
        <translation>
            <numerusform>стовпець «{column}»: кількість оцінок ({grades}) не відповідає кількості тверджень (%Ln) (дайте одну для всіх або по одній для кожного джерела через «;»)</numerusform>
            <numerusform>стовпець «{column}»: кількість оцінок ({grades}) не відповідає кількості тверджень (%Ln) (дайте одну для всіх або по одній для кожного джерела через «;»)</numerusform>
            <numerusform>стовпець «{column}»: кількість оцінок ({grades}) не відповідає кількості тверджень (%Ln) (дайте одну для всіх або по одній для кожного джерела через «;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>column &quot;{column}&quot;: {problem}</source>
        <translation>стовпець «{column}»: {problem}</translation>
    </message>
    <message>
        <source>{source} ({kept}, not {other})</source>
        <translation>{source} ({kept}, а не {other})</translation>
    </message>
    <message>
        <source>1 source is graded differently on different rows; the first grade is kept: {sources}</source>
        <translation>1 джерело оцінено по-різному в різних рядках; залишено першу оцінку: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are graded differently on different rows; the first grade is kept: {sources}</source>
        <translation>
            <numerusform>%Ln джерело оцінено по-різному в різних рядках; залишено першу оцінку: {sources}</numerusform>
            <numerusform>%Ln джерела оцінено по-різному в різних рядках; залишено першу оцінку: {sources}</numerusform>
            <numerusform>%Ln джерел оцінено по-різному в різних рядках; залишено першу оцінку: {sources}</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot; (fields: {fields})</source>
        <translation>невідоме поле «{field}» (поля: {fields})</translation>
    </message>
    <message>
        <source>no column &quot;{column}&quot; in the header (columns: {columns})</source>
        <translation>у заголовку немає стовпця «{column}» (стовпці: {columns})</translation>
    </message>
    <message>
        <source>{problem} (row not loaded)</source>
        <translation>{problem} (рядок не завантажено)</translation>
    </message>
    <message>
        <source>1 row has no date: kept as undated events</source>
        <translation>1 рядок не має дати: збережено як подію без дати</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no date: kept as undated events</source>
        <translation>
            <numerusform>%Ln рядок не має дати: збережено як події без дати</numerusform>
            <numerusform>%Ln рядки не мають дати: збережено як події без дати</numerusform>
            <numerusform>%Ln рядків не мають дати: збережено як події без дати</numerusform>
        </translation>
    </message>
    <message>
        <source>no date column: name one start, date, year … or choose it with --map start=COLUMN (columns: {columns})</source>
        <translation>немає стовпця дати: назвіть один start, date, year … або виберіть його через --map start=COLUMN (стовпці: {columns})</translation>
    </message>
    <message>
        <source>no title column: name one title, headline, event … or choose it with --map title=COLUMN (columns: {columns})</source>
        <translation>немає стовпця назви: назвіть один title, headline, event … або виберіть його через --map title=COLUMN (стовпці: {columns})</translation>
    </message>
    <message>
        <source>row: {problem}</source>
        <translation>рядок: {problem}</translation>
    </message>
    <message>
        <source>not a time: &quot;{text}&quot; (expected a form like 14:30 or 2:30 PM)</source>
        <translation>це не час: «{text}» (очікується форма на кшталт 14:30 або 2:30 PM)</translation>
    </message>
    <message>
        <source>hour {value} does not exist on a 12-hour clock</source>
        <translation>години {value} немає в 12-годинному форматі</translation>
    </message>
    <message>
        <source>a quoted cell is never closed: the file ends inside the quotes opened on this line</source>
        <translation>клітинку в лапках не закрито: файл закінчується всередині лапок, відкритих у цьому рядку</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>the header has {columns} columns; Timeline App reads at most {most}</source>
        <translation>заголовок має {columns} стовпців; Timeline App читає щонайбільше {most}</translation>
    </message>
    <message>
        <source>a cell is longer than {most} characters (the most Timeline App reads)</source>
        <translation>клітинка довша за {most} символів (найбільше, що читає Timeline App)</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text (CSV) file, or not in this encoding</source>
        <translation>файл містить байти NUL: це не текстовий (CSV) файл або не в цьому кодуванні</translation>
    </message>
    <message>
        <source>unknown encoding &quot;{encoding}&quot; (try utf-8, cp1252, mac_roman, utf-16)</source>
        <translation>невідоме кодування «{encoding}» (спробуйте utf-8, cp1252, mac_roman, utf-16)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding} (e.g. &quot;{example}&quot;). If letters look wrong, {advice}</source>
        <translation>{name}: не UTF-8; прочитано як {encoding} (напр. «{example}»). Якщо літери виглядають неправильно, {advice}</translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding}. If letters look wrong, {advice}</source>
        <translation>{name}: не UTF-8; прочитано як {encoding}. Якщо літери виглядають неправильно, {advice}</translation>
    </message>
    <message>
        <source>choose the encoding: --encoding {other}</source>
        <translation>виберіть кодування: --encoding {other}</translation>
    </message>
    <message>
        <source>byte {byte} cannot be read</source>
        <translation>байт {byte} неможливо прочитати</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}: {reason}</source>
        <translation>файл не є коректним {encoding}: {reason}</translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision; not used: {others})</source>
        <translation>дати прочитано зі стовпця «{column}» (точність: {precision}; не використано: {others})</translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision)</source>
        <translation>дати прочитано зі стовпця «{column}» (точність: {precision})</translation>
    </message>
    <message>
        <source>year</source>
        <comment>a precision</comment>
        <translation>рік</translation>
    </message>
    <message>
        <source>season</source>
        <translation>сезон</translation>
    </message>
    <message>
        <source>month</source>
        <comment>a precision</comment>
        <translation>місяць</translation>
    </message>
    <message>
        <source>day</source>
        <comment>a precision</comment>
        <translation>день</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>a precision</comment>
        <translation>година</translation>
    </message>
    <message>
        <source>minute</source>
        <comment>a precision</comment>
        <translation>хвилина</translation>
    </message>
    <message>
        <source>second</source>
        <comment>a precision</comment>
        <translation>секунда</translation>
    </message>
    <message>
        <source>{code} is not a precision code ({codes})</source>
        <translation>{code} — не код точності ({codes})</translation>
    </message>
    <message numerus="yes">
        <source>every time of day is midnight UTC (T00:00:00Z): %Ln date(s) read at day precision</source>
        <translation>
            <numerusform>кожен час доби — північ UTC (T00:00:00Z): %Ln дату прочитано з точністю до дня</numerusform>
            <numerusform>кожен час доби — північ UTC (T00:00:00Z): %Ln дати прочитано з точністю до дня</numerusform>
            <numerusform>кожен час доби — північ UTC (T00:00:00Z): %Ln дат прочитано з точністю до дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, read as events, but they do not load:</source>
        <translation>
            <numerusform>знайдено %Ln запис у {where}, прочитано як події, але він не завантажується:</numerusform>
            <numerusform>знайдено %Ln записи у {where}, прочитано як події, але вони не завантажуються:</numerusform>
            <numerusform>знайдено %Ln записів у {where}, прочитано як події, але вони не завантажуються:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: found %Ln records at {where}; read as a list of events</source>
        <translation>
            <numerusform>{name}: знайдено %Ln запис у {where}; прочитано як список подій</numerusform>
            <numerusform>{name}: знайдено %Ln записи у {where}; прочитано як список подій</numerusform>
            <numerusform>{name}: знайдено %Ln записів у {where}; прочитано як список подій</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate id &quot;{id}&quot; (also {place})</source>
        <translation>повторений ідентифікатор «{id}» (також {place})</translation>
    </message>
    <message>
        <source>expected an event object, got {value}</source>
        <translation>очікувався об’єкт події, а отримано {value}</translation>
    </message>
    <message>
        <source>expected a source name or a list of names, got {value}</source>
        <translation>очікувалася назва джерела або список назв, а отримано {value}</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end} раніше за початок {start}</translation>
    </message>
    <message>
        <source>blank (the id or name of a source is needed)</source>
        <translation>порожньо (потрібен ідентифікатор або назва джерела)</translation>
    </message>
    <message>
        <source>unknown source &quot;{source}&quot; (not in the document&apos;s sources)</source>
        <translation>невідоме джерело «{source}» (немає серед джерел документа)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (іменований канал)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символьний пристрій</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блоковий пристрій</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>файл невідомого типу</translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file</source>
        <translation>це {kind}, а не звичайний файл</translation>
    </message>
    <message>
        <source>the file is {bytes} bytes ({size} MB); Timeline App opens files of up to {most} MB</source>
        <translation>файл має {bytes} байтів ({size} МБ); Timeline App відкриває файли до {most} МБ</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не вдалося прочитати: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файлу немає</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ заборонено</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation>це {kind}, а не звичайний файл</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; Timeline App reads only regular files</source>
        <translation>це {kind}, а не звичайний файл; Timeline App читає лише звичайні файли</translation>
    </message>
    <message>
        <source>JSON: duplicate key &quot;{key}&quot; (also at line {line}, column {column}); each key may appear once in an object, or programs disagree on which value counts</source>
        <translation>JSON: повторений ключ «{key}» (також у рядку {line}, стовпці {column}); кожен ключ може траплятися в об’єкті лише раз, інакше програми розходяться в тому, яке значення враховувати</translation>
    </message>
    <message>
        <source>JSON: an object has the same key twice</source>
        <translation>JSON: об’єкт має той самий ключ двічі</translation>
    </message>
    <message>
        <source>not valid {encoding} (byte {byte} of the file)</source>
        <translation>некоректне {encoding} (байт {byte} файлу)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: {reason}</source>
        <translation>файл не є коректним UTF-8: {reason}</translation>
    </message>
    <message>
        <source>JSON syntax: {problem}</source>
        <translation>синтаксис JSON: {problem}</translation>
    </message>
    <message>
        <source>JSON: {token} is too large for a number</source>
        <translation>JSON: {token} завелике для числа</translation>
    </message>
    <message>
        <source>JSON: {token} is not valid JSON (numbers must be finite)</source>
        <translation>JSON: {token} — некоректний JSON (числа мають бути скінченними)</translation>
    </message>
    <message>
        <source>JSON: a number with more than {digits} digits is too long to read</source>
        <translation>JSON: число, що має понад {digits} цифр, задовге для читання</translation>
    </message>
    <message>
        <source>not enough memory to read this file</source>
        <translation>недостатньо пам’яті, щоб прочитати цей файл</translation>
    </message>
    <message>
        <source>the file ends before the JSON value is complete</source>
        <translation>файл закінчується раніше, ніж значення JSON</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>неочікуваний текст після кінця значення JSON</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <comment>JSON syntax</comment>
        <translation>очікувалося значення</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation>очікувалася кома (,)</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation>очікувалася двокрапка (:)</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <comment>JSON syntax</comment>
        <translation>очікувалася назва ключа в подвійних лапках</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <comment>JSON syntax: a string&apos;s opening quote</comment>
        <translation>рядок, що починається тут, не закрито</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <comment>JSON syntax: a character in a string</comment>
        <translation>тут недопустимий керівний символ</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <comment>JSON syntax</comment>
        <translation>недопустима послідовність \</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <comment>JSON syntax</comment>
        <translation>недопустима послідовність \uXXXX</translation>
    </message>
    <message>
        <source>JSON: {escape} is half of a character (an unpaired UTF-16 surrogate escape)</source>
        <translation>JSON: {escape} — половина символу (непарна сурогатна послідовність UTF-16)</translation>
    </message>
    <message>
        <source>1 record has no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation>1 запис не має назви: назву взято з опису (або «Untitled»)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation>
            <numerusform>%Ln запис не має назви: назву взято з опису (або «Untitled»)</numerusform>
            <numerusform>%Ln записи не мають назви: назву взято з опису (або «Untitled»)</numerusform>
            <numerusform>%Ln записів не мають назви: назву взято з опису (або «Untitled»)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record has no date: kept as undated events</source>
        <translation>1 запис не має дати: збережено як подію без дати</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no date: kept as undated events</source>
        <translation>
            <numerusform>%Ln запис не має дати: збережено як події без дати</numerusform>
            <numerusform>%Ln записи не мають дати: збережено як події без дати</numerusform>
            <numerusform>%Ln записів не мають дати: збережено як події без дати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) or citations read as claims (sources named from the links)</source>
        <translation>
            <numerusform>%Ln посилання чи цитування прочитано як твердження (джерела названо за посиланнями)</numerusform>
            <numerusform>%Ln посилання чи цитування прочитано як твердження (джерела названо за посиланнями)</numerusform>
            <numerusform>%Ln посилань чи цитувань прочитано як твердження (джерела названо за посиланнями)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>знайдено %Ln запис у {where}, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
            <numerusform>знайдено %Ln записи у {where}, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
            <numerusform>знайдено %Ln записів у {where}, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %Ln records, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>список із %Ln запису, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
            <numerusform>список із %Ln записів, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
            <numerusform>список із %Ln записів, але жоден не має дати, назви чи тексту, з яких можна створити подію (поля: {fields})</numerusform>
        </translation>
    </message>
    <message>
        <source>a GeoJSON file (map features, not events)</source>
        <translation>файл GeoJSON (об’єкти мапи, а не події)</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>порожній об’єкт</translation>
    </message>
    <message>
        <source>an object with keys {keys} and no list of records in it</source>
        <translation>об’єкт із ключами {keys} без списку записів</translation>
    </message>
    <message>
        <source>{name}: written by a newer version (format version {version}); fields this version does not know are kept as they are</source>
        <translation>{name}: записано новішою версією (версія формату {version}); поля, яких ця версія не знає, збережено як є</translation>
    </message>
    <message>
        <source>duplicate source id &quot;{id}&quot;</source>
        <translation>повторений ідентифікатор джерела «{id}»</translation>
    </message>
    <message>
        <source>nested too deeply: Timeline App reads and writes at most {levels} levels of [ and {{ in a document</source>
        <translation>завелика вкладеність: Timeline App читає й записує щонайбільше {levels} рівнів [ і {{ у документі</translation>
    </message>
    <message>
        <source>{name}: … and more problems; stopped reading at {place}</source>
        <translation>{name}: … та інші проблеми; читання зупинено на {place}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: … and %Ln more problem(s)</source>
        <translation>
            <numerusform>{name}: … і ще %Ln проблема</numerusform>
            <numerusform>{name}: … і ще %Ln проблеми</numerusform>
            <numerusform>{name}: … і ще %Ln проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a JSON value</comment>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a JSON value</comment>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>a JSON value</comment>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON value</comment>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>byte {byte} continues a character that never started (a stray continuation byte)</source>
        <translation>байт {byte} продовжує символ, який не починався (зайвий байт продовження)</translation>
    </message>
    <message>
        <source>overlong sequence: byte {byte} starts a character written with more bytes than it needs, which UTF-8 does not allow</source>
        <translation>надмірна послідовність: байт {byte} починає символ, записаний більшою кількістю байтів, ніж потрібно, чого UTF-8 не дозволяє</translation>
    </message>
    <message>
        <source>byte {byte} never appears in UTF-8</source>
        <translation>байт {byte} ніколи не трапляється в UTF-8</translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but the file ends after {got} of its {needed} continuation bytes</source>
        <translation>обірвана послідовність: байт {byte} починає {size}-байтовий символ, але файл закінчується після {got} з його {needed} байтів продовження</translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but byte {next} comes after {got} of its {needed} continuation bytes</source>
        <translation>обірвана послідовність: байт {byte} починає {size}-байтовий символ, але після {got} з його {needed} байтів продовження йде байт {next}</translation>
    </message>
    <message>
        <source>; is the file in another encoding, such as Windows-1252?</source>
        <translation>; можливо, файл в іншому кодуванні, наприклад Windows-1252?</translation>
    </message>
    <message>
        <source>surrogate: bytes {bytes} encode {code}, half of a UTF-16 pair, which UTF-8 does not allow</source>
        <translation>сурогат: байти {bytes} кодують {code}, половину пари UTF-16, чого UTF-8 не дозволяє</translation>
    </message>
    <message>
        <source>overlong sequence: bytes {bytes} use more bytes than the character needs</source>
        <translation>надмірна послідовність: байти {bytes} займають більше байтів, ніж потрібно символу</translation>
    </message>
    <message>
        <source>bytes {bytes} are beyond U+10FFFF, the last Unicode character</source>
        <translation>байти {bytes} виходять за U+10FFFF, останній символ Unicode</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>очікувався об’єкт, а отримано {value}</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>очікувався текст, а отримано {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>очікувалося ціле число, а отримано {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>очікувалося число, а отримано {value}</translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation>очікувався список, а отримано {value}</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>очікувалося true або false, а отримано {value}</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>очікувалося скінченне число, а отримано {value}</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>відсутнє (обов’язкове)</translation>
    </message>
    <message>
        <source>too long: {size} characters (at most {most})</source>
        <translation>задовге: {size} символів (щонайбільше {most})</translation>
    </message>
    <message>
        <source>expected one of {choices}, got {value}</source>
        <translation>очікувалося одне з {choices}, а отримано {value}</translation>
    </message>
    <message>
        <source>the file holds only zero bytes (NUL); it was probably damaged while being written</source>
        <translation>файл містить лише нульові байти (NUL); імовірно, його пошкоджено під час запису</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark; save it as UTF-8</source>
        <translation>файл схожий на UTF-16 без позначки порядку байтів; збережіть його як UTF-8</translation>
    </message>
    <message>
        <source>the list holds no objects with fields to map</source>
        <translation>список не містить об’єктів із полями для зіставлення</translation>
    </message>
    <message>
        <source>the records have {fields} different fields; Timeline App maps at most {most}</source>
        <translation>записи мають {fields} різних полів; Timeline App зіставляє щонайбільше {most}</translation>
    </message>
    <message>
        <source>expected a timeline document (an object with &quot;events&quot;) or a JSON list of events, got {value}</source>
        <translation>очікувався документ хронології (об’єкт з «events») або список подій JSON, а отримано {value}</translation>
    </message>
    <message>
        <source>a value cannot be written as JSON ({error})</source>
        <translation>значення неможливо записати як JSON ({error})</translation>
    </message>
    <message>
        <source>not enough memory to write the document</source>
        <translation>недостатньо пам’яті, щоб записати документ</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. The file on disk was not changed.</source>
        <translation>Не вдалося зберегти {path}: {reason}. Файл на диску не змінено.</translation>
    </message>
    <message>
        <source>Could not save: {reason}. The file on disk was not changed.</source>
        <translation>Не вдалося зберегти: {reason}. Файл на диску не змінено.</translation>
    </message>
    <message>
        <source>{path} had 1 other hard link; an atomic save writes a new file, so it keeps the old content</source>
        <translation>файл {path} мав ще 1 жорстке посилання; атомарне збереження записує новий файл, тож воно зберігає старий вміст</translation>
    </message>
    <message numerus="yes">
        <source>{path} had %Ln other hard links; an atomic save writes a new file, so they keep the old content</source>
        <translation>
            <numerusform>файл {path} мав ще %Ln жорстке посилання; атомарне збереження записує новий файл, тож воно зберігає старий вміст</numerusform>
            <numerusform>файл {path} мав ще %Ln жорсткі посилання; атомарне збереження записує новий файл, тож вони зберігають старий вміст</numerusform>
            <numerusform>файл {path} мав ще %Ln жорстких посилань; атомарне збереження записує новий файл, тож вони зберігають старий вміст</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнено</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>перевищено дискову квоту</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is not writable)</source>
        <translation>доступ заборонено (файл або його тека недоступні для запису)</translation>
    </message>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>тека на файловій системі лише для читання</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>теки не існує</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>частина шляху не є текою</translation>
    </message>
    <message>
        <source>the path is a folder</source>
        <translation>шлях указує на теку</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>назва файлу задовга</translation>
    </message>
    <message>
        <source>this looks like a PDF document, not a timeline</source>
        <translation>це схоже на документ PDF, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like a ZIP archive (an Excel .xlsx, Word or OpenDocument file is one), not a timeline; save the sheet as CSV to import it</source>
        <translation>це схоже на архів ZIP (ним є файл Excel .xlsx, Word чи OpenDocument), а не на хронологію; щоб імпортувати, збережіть аркуш як CSV</translation>
    </message>
    <message>
        <source>this looks like an old Microsoft Office file (.xls, .doc), not a timeline; save the sheet as CSV to import it</source>
        <translation>це схоже на старий файл Microsoft Office (.xls, .doc), а не на хронологію; щоб імпортувати, збережіть аркуш як CSV</translation>
    </message>
    <message>
        <source>this looks like a PNG image, not a timeline</source>
        <translation>це схоже на зображення PNG, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like a JPEG image, not a timeline</source>
        <translation>це схоже на зображення JPEG, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like a GIF image, not a timeline</source>
        <translation>це схоже на зображення GIF, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like an SQLite database, not a timeline</source>
        <translation>це схоже на базу даних SQLite, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like a gzip-compressed file, not a timeline; uncompress it first</source>
        <translation>це схоже на файл, стиснений gzip, а не на хронологію; спершу розпакуйте його</translation>
    </message>
    <message>
        <source>this looks like a bzip2-compressed file, not a timeline; uncompress it first</source>
        <translation>це схоже на файл, стиснений bzip2, а не на хронологію; спершу розпакуйте його</translation>
    </message>
    <message>
        <source>this looks like an xz-compressed file, not a timeline; uncompress it first</source>
        <translation>це схоже на файл, стиснений xz, а не на хронологію; спершу розпакуйте його</translation>
    </message>
    <message>
        <source>this looks like a 7-Zip archive, not a timeline</source>
        <translation>це схоже на архів 7-Zip, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like an RTF document, not a timeline</source>
        <translation>це схоже на документ RTF, а не на хронологію</translation>
    </message>
    <message>
        <source>this looks like a web page (HTML), not a timeline; save the table in it as CSV to import it</source>
        <translation>це схоже на вебсторінку (HTML), а не на хронологію; щоб імпортувати, збережіть таблицю з неї як CSV</translation>
    </message>
    <message>
        <source>this is The Timeline Project&apos;s old text format (version 0.9 and before), which Timeline App does not read; open it in The Timeline Project and save it: that writes its XML format, which Timeline App imports</source>
        <translation>це старий текстовий формат The Timeline Project (версія 0.9 і раніше), якого Timeline App не читає; відкрийте його в The Timeline Project і збережіть: так буде записано формат XML, який Timeline App імпортує</translation>
    </message>
    <message>
        <source>the XML declares a document type or entities, which Timeline App does not read (they can make a small file expand without limit)</source>
        <translation>XML оголошує тип документа або сутності, яких Timeline App не читає (вони можуть безмежно роздути невеликий файл)</translation>
    </message>
    <message>
        <source>XML syntax: {problem}</source>
        <translation>синтаксис XML: {problem}</translation>
    </message>
    <message>
        <source>this looks like an XML file whose root element is &lt;{element}&gt;, not a timeline (Timeline App reads The Timeline Project&apos;s &lt;timeline&gt; XML)</source>
        <translation>це схоже на файл XML з кореневим елементом &lt;{element}&gt;, а не на хронологію (Timeline App читає XML &lt;timeline&gt; програми The Timeline Project)</translation>
    </message>
    <message>
        <source>this Timeline Project file counts time in plain numbers (timetype numtime), not dates; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation>цей файл The Timeline Project лічить час простими числами (timetype numtime), а не датами; Timeline App читає лише григоріанські дати (у The Timeline Project створіть нову хронологію з григоріанським часом)</translation>
    </message>
    <message>
        <source>this Timeline Project file uses the calendar &quot;{calendar}&quot;; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation>цей файл The Timeline Project використовує календар «{calendar}»; Timeline App читає лише григоріанські дати (у The Timeline Project створіть нову хронологію з григоріанським часом)</translation>
    </message>
    <message>
        <source>{problem} (not loaded)</source>
        <translation>{problem} (не завантажено)</translation>
    </message>
    <message>
        <source>{name}: {place}: the end lies before the start; read as a moment at the start (the end as written is kept in the field {field})</source>
        <translation>{name}: {place}: кінець раніше за початок; прочитано як мить на початку (кінець у записаному вигляді збережено в полі {field})</translation>
    </message>
    <message>
        <source>{name}: every time of day is midnight: dates read at day precision</source>
        <translation>{name}: кожен час доби — північ: дати прочитано з точністю до дня</translation>
    </message>
    <message>
        <source>expected {{&quot;at&quot;: position, &quot;event&quot;: {{…}}}}</source>
        <translation>очікувалося {{&quot;at&quot;: позиція, &quot;event&quot;: {{…}}}}</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>це не подія</translation>
    </message>
    <message>
        <source>a TimelineJS file needs a list of slides (&quot;timeline&quot;: {{&quot;date&quot;: [...]}})</source>
        <translation>файл TimelineJS потребує списку слайдів (&quot;timeline&quot;: {{&quot;date&quot;: [...]}})</translation>
    </message>
    <message>
        <source>a TimelineJS file needs an &quot;events&quot; list</source>
        <translation>файл TimelineJS потребує списку «events»</translation>
    </message>
    <message>
        <source>events: expected a list, got {value}</source>
        <translation>events: очікувався список, а отримано {value}</translation>
    </message>
    <message>
        <source>expected an object with year, month, day …, got {value}</source>
        <translation>очікувався об’єкт з year, month, day …, а отримано {value}</translation>
    </message>
    <message>
        <source>{key} &quot;{value}&quot; is not a whole number</source>
        <translation>{key} «{value}» — не ціле число</translation>
    </message>
    <message>
        <source>{key}: expected a whole number, got {value}</source>
        <translation>{key}: очікувалося ціле число, а отримано {value}</translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place: not shown on the published page, kept in the file&apos;s {key} data</source>
        <translation>подія «{id}» не має дати, яку TimelineJS може розмістити: не показано на опублікованій сторінці, збережено в даних файлу {key}</translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place; left out</source>
        <translation>подія «{id}» не має дати, яку TimelineJS може розмістити; пропущено</translation>
    </message>
    <message>
        <source>expected a slide object, got {value}</source>
        <translation>очікувався об’єкт слайда, а отримано {value}</translation>
    </message>
    <message>
        <source>expected an era object, got {value}</source>
        <translation>очікувався об’єкт епохи, а отримано {value}</translation>
    </message>
    <message>
        <source>missing (an era needs an end)</source>
        <translation>відсутнє (епоха потребує кінця)</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(без мітки)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
    <message>
        <source>year {value} does not exist</source>
        <translation>року {value} не існує</translation>
    </message>
    <message>
        <source>month {value} does not exist</source>
        <translation>місяця {value} не існує</translation>
    </message>
    <message>
        <source>day {value} does not exist</source>
        <translation>дня {value} не існує</translation>
    </message>
    <message>
        <source>hour {value} does not exist</source>
        <translation>години {value} не існує</translation>
    </message>
    <message>
        <source>minute {value} does not exist</source>
        <translation>хвилини {value} не існує</translation>
    </message>
    <message>
        <source>second {value} does not exist</source>
        <translation>секунди {value} не існує</translation>
    </message>
    <message>
        <source>millisecond {value} does not exist</source>
        <translation>мілісекунди {value} не існує</translation>
    </message>
    <message>
        <source>day {day} is not in months {months}</source>
        <translation>дня {day} немає в місяцях {months}</translation>
    </message>
    <message>
        <source>day {day} is not in {month}</source>
        <translation>дня {day} немає в місяці {month}</translation>
    </message>
    <message>
        <source>day {day} is not in {month} {year}</source>
        <translation>дня {day} немає в місяці {month} {year} року</translation>
    </message>
    <message>
        <source>not a date: &apos;{text}&apos; (expected a form like 2024, 2024-10, 2024-10-18 or 2024-10-18T09:30:00+09:00)</source>
        <translation>це не дата: «{text}» (очікується форма на кшталт 2024, 2024-10, 2024-10-18 або 2024-10-18T09:30:00+09:00)</translation>
    </message>
    <message>
        <source>an open date (..) cannot be approximate or uncertain</source>
        <translation>відкрита дата (..) не може бути приблизною чи невизначеною</translation>
    </message>
    <message>
        <source>use one qualifier: ~ approximate, ? uncertain, % both</source>
        <translation>використовуйте один кваліфікатор: ~ приблизно, ? невизначено, % обидва</translation>
    </message>
    <message>
        <source>a qualifier (~, ? or %) can only come at the end of the date</source>
        <translation>кваліфікатор (~, ? або %) може стояти лише в кінці дати</translation>
    </message>
    <message>
        <source>a compact date ({form}); write it with dashes, e.g. {example}</source>
        <translation>стисла дата ({form}); запишіть її з дефісами, напр. {example}</translation>
    </message>
    <message>
        <source>a year with more than four digits needs a Y prefix, e.g. Y12345</source>
        <translation>рік, що має понад чотири цифри, потребує префікса Y, напр. Y12345</translation>
    </message>
    <message>
        <source>a Y year stands alone, as Y and digits: Y12345 or Y-13800000000</source>
        <translation>рік із Y пишеться окремо, як Y і цифри: Y12345 або Y-13800000000</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a day&apos;s date: 27 Oct 2024</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day&apos;s date without its year: 27 Oct</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>a day of the month alone, on the time axis: 27</comment>
        <translation>{day}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year: Oct 2024</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <comment>days of one month: 1–31 Oct 2024</comment>
        <translation>{first}–{last} {month} {year}</translation>
    </message>
    <message>
        <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
        <comment>days of one year: 27 Oct – 3 Nov 2024</comment>
        <translation>{first_day} {first_month} – {last_day} {last_month} {year}</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <comment>months of one year: Oct–Dec 2024</comment>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <comment>a decade: 2020s</comment>
        <translation>{decade}-ті</translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year of the common era, alone: 2024</comment>
        <translation>{year}</translation>
    </message>
    <message>
        <source>AD {year}</source>
        <comment>a year said to be of the common era: AD 1, AD 2 million</comment>
        <translation>{year} н. е.</translation>
    </message>
    <message>
        <source>{year} BC</source>
        <comment>a year before the common era: 44 BC</comment>
        <translation>{year} до н. е.</translation>
    </message>
    <message>
        <source>{years} years ago</source>
        <comment>deep time: 13.8 billion years ago</comment>
        <translation>{years} років тому</translation>
    </message>
    <message>
        <source>about {date}</source>
        <comment>a year a file gives rounded off: about 1 trillion years ago</comment>
        <translation>близько {date}</translation>
    </message>
    <message>
        <source>{number} {scale}</source>
        <comment>a big number: 13.8 billion</comment>
        <translation>{number} {scale}</translation>
    </message>
    <message>
        <source>Spring {year}</source>
        <translation>Весна {year}</translation>
    </message>
    <message>
        <source>Summer {year}</source>
        <translation>Літо {year}</translation>
    </message>
    <message>
        <source>Autumn {year}</source>
        <translation>Осінь {year}</translation>
    </message>
    <message>
        <source>Winter {year}</source>
        <comment>December of the year to February of the next</comment>
        <translation>Зима {year}</translation>
    </message>
    <message>
        <source>{weekday} {date} {time} {zone}</source>
        <comment>a time of day with its weekday and zone: Sun 27 Apr 2025 19:00 EDT</comment>
        <translation>{weekday}, {date}, {time} {zone}</translation>
    </message>
    <message>
        <source>approximate</source>
        <comment>a date</comment>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>a date</comment>
        <translation>невизначено</translation>
    </message>
    <message>
        <source>unspecified</source>
        <comment>a date with X digits</comment>
        <translation>неуточнено</translation>
    </message>
    <message>
        <source>open (unknown)</source>
        <comment>a date written ..</comment>
        <translation>відкрита (невідома)</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an unknown date or time</comment>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>3 thousand; 6 million; 9 billion; 12 trillion; 15 quadrillion</source>
        <comment>the powers of ten big numbers are named by, with their names (Korean names 4, 8 and 12)</comment>
        <translation>3 тис.; 6 млн; 9 млрд; 12 трлн; 15 квадрлн</translation>
    </message>
    <message>
        <source>a date must be text, not {type}</source>
        <translation>дата має бути текстом, а не {type}</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>порожня дата</translation>
    </message>
    <message>
        <source>a time zone [..] needs a time of day before it</source>
        <translation>часовий пояс [..] потребує часу доби перед ним</translation>
    </message>
    <message numerus="yes">
        <source>a year can have at most %Ln digit(s)</source>
        <translation>
            <numerusform>рік може мати щонайбільше %Ln цифру</numerusform>
            <numerusform>рік може мати щонайбільше %Ln цифри</numerusform>
            <numerusform>рік може мати щонайбільше %Ln цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>a season ({season}) cannot have a day</source>
        <translation>сезон ({season}) не може мати дня</translation>
    </message>
    <message>
        <source>a date with unspecified digits (X) cannot have a time</source>
        <translation>дата з невизначеними цифрами (X) не може мати часу</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the year: {text}</source>
        <translation>X може заміняти лише останні цифри року: {text}</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the month: {text}</source>
        <translation>X може заміняти лише останні цифри місяця: {text}</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the day: {text}</source>
        <translation>X може заміняти лише останні цифри дня: {text}</translation>
    </message>
    <message>
        <source>a year needs at least one digit; write .. for an unknown date</source>
        <translation>рік потребує принаймні однієї цифри; для невідомої дати пишіть ..</translation>
    </message>
    <message>
        <source>time zone offset {offset} does not exist</source>
        <translation>зсуву часового поясу {offset} не існує</translation>
    </message>
    <message>
        <source>offset {offset} is not {zone}&apos;s on that day ({right})</source>
        <translation>зсув {offset} не відповідає поясу {zone} того дня ({right})</translation>
    </message>
    <message>
        <source>an interval has one / between its start and end</source>
        <translation>інтервал має одну / між початком і кінцем</translation>
    </message>
    <message>
        <source>an interval needs a start or an end</source>
        <translation>інтервал потребує початку або кінця</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Додати подію</translation>
    </message>
    <message>
        <source>an event with id &quot;{id}&quot; already exists</source>
        <translation>подія з ідентифікатором «{id}» уже існує</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>нічого видаляти</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Events</source>
        <translation>
            <numerusform>Видалити %Ln подію</numerusform>
            <numerusform>Видалити %Ln події</numerusform>
            <numerusform>Видалити %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>a source with id &quot;{id}&quot; already exists</source>
        <translation>джерело з ідентифікатором «{id}» уже існує</translation>
    </message>
    <message>
        <source>no source with id &quot;{id}&quot;</source>
        <translation>немає джерела з ідентифікатором «{id}»</translation>
    </message>
    <message>
        <source>merge needs two different sources of this document</source>
        <translation>для об’єднання потрібні два різні джерела цього документа</translation>
    </message>
    <message numerus="yes">
        <source>this source is still cited by %Ln event(s): reassign or remove their claims first</source>
        <translation>
            <numerusform>на це джерело досі посилається %Ln подія: спершу перепризначте або видаліть її твердження</numerusform>
            <numerusform>на це джерело досі посилаються %Ln події: спершу перепризначте або видаліть їхні твердження</numerusform>
            <numerusform>на це джерело досі посилаються %Ln подій: спершу перепризначте або видаліть їхні твердження</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Document</source>
        <translation>Редагувати документ</translation>
    </message>
    <message>
        <source>grade {grade} is not a letter A–F followed by a digit 1–6, like &quot;B2&quot;</source>
        <translation>оцінка {grade} — не літера A–F із цифрою 1–6 після неї, як «B2»</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} не входить до {allowed}</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos;</source>
        <translation>невідомий часовий пояс «{name}»</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos; (expected an IANA name such as Asia/Seoul, UTC or an offset such as +09:00)</source>
        <translation>невідомий часовий пояс «{name}» (очікується назва IANA на кшталт Asia/Seoul, UTC або зсув на кшталт +09:00)</translation>
    </message>
    <message>
        <source>{time} did not exist in {zone} on {day} (the clocks were put forward)</source>
        <translation>{time} не існувало в поясі {zone} {day} (годинники перевели вперед)</translation>
    </message>
</context>
</TS>
