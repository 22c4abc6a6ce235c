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
        <translation>Опубліковано</translation>
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
        <translation>(не використовується)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claims_in_events} will move from “{name}” to “{into}”, and “{name}” is then removed. Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>undo history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln Event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted event: {titles} ({keys} undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s): {titles} ({keys} undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {title}: {old} → {new} ({keys} undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is cited by {claims_in_events}. Merge it into another source first, or remove those claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (last autosaved {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Its &amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Their &amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({date}). Sources: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing): the document can be read, filtered, exported and saved, not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, reload the file from disk (your unsaved edits are lost), or cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still here; try another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload {name} and lose your unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the file and lose your unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload and lose edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel. {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel. {grade} or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources graded {grade} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources graded {grade} ({words}) or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel. graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources graded A–F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred. {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred. {grade} or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims graded {grade} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims graded {grade} ({words}) or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred. graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims graded 1–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (e.g. 2024-06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (e.g. 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>match</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <comment>status</comment>
        <translation type="unfinished">повідомлено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>status</comment>
        <translation type="unfinished">підтверджено</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>status</comment>
        <translation type="unfinished">оскаржено</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status</comment>
        <translation type="unfinished">спростовано</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>showing only {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability {grade} or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility {grade} or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filter parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read because of an internal error ({error}); please report it with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <comment>progress dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names}, … %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rel.</source>
        <comment>reliability column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>events column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source (Admiralty grade A–F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <comment>source and its kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s), reliability {grade}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <comment>source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), reliability {grade}, {state}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), {state}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the view to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (read-only: editing is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <comment>sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Kind column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Reliability column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (listed in the Events table)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undated event: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline App closed unexpectedly with unsaved changes to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover them now, or keep them for next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>the publication date is not known, so dates relative to it (&quot;on Monday&quot;, &quot;in October&quot;) are left unplaced: give it</source>
        <translation>дата публікації невідома, тож відносні дати («у понеділок», «у жовтні») не розміщено: вкажіть її</translation>
    </message>
    <message>
        <source>no event with id &quot;{id}&quot;</source>
        <translation>немає події з ідентифікатором «{id}»</translation>
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
    <message>
        <source>Merge Sources</source>
        <translation>Об’єднати джерела</translation>
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
</context>
</TS>
