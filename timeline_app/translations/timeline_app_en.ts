<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — Timeline App</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%Ln undated, listed below)</source>
        <translation>
            <numerusform> (%Ln undated, listed below)</numerusform>
            <numerusform> (%Ln undated, listed below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln event(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln event</numerusform>
            <numerusform>Showing {shown} of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in the zone (an IANA name such as Asia/Seoul, or UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other Time Zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} from the next start of Timeline App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;Text (*.txt);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {file} an article to read, or a spreadsheet to open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-04-28 (dates like “on Monday” are read from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the article again with this title, outlet, URL and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({outlet_and_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, characters {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; speaker: {speaker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the document (same source and quote): rejected unless you accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance is affirms or denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date was changed: press Re-read so that the dates are read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these first:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s event: only the new claims are added (choose “new event” under Into to edit its title and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the document&apos;s event ({why}): its claims are added to it, or choose “new event” to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events}, {claims}: {accepted} accepted, {rejected} rejected, {left} to review. {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message>
        <source>matches a source of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new source: {name}, also “{aliases}”; confirm its kind and country (the same on every row that cites it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new source: {name}; confirm its kind and country (the same on every row that cites it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s source: change it in Edit &gt; Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the figure without separators, e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure must be a number, e.g. 1200 or 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Clai&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit, e.g. killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibilit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (not in the sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.tsv *.tab *.txt *.json);;Spreadsheets (*.csv *.tsv *.tab *.txt);;JSON lists of records (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds each part of an event. The choices below were guessed from the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file is too large to preview here; use --map on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file holds no list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) at {where}</source>
        <translation>
            <numerusform>%Ln record at {where}</numerusform>
            <numerusform>%Ln records at {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: nothing to show (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: a JSON list, {records}, %Ln field(s) (the columns below).</source>
        <translation>
            <numerusform>{file}: a JSON list, {records}, %Ln field (the columns below).</numerusform>
            <numerusform>{file}: a JSON list, {records}, %Ln fields (the columns below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln column(s), {separated}, {encoding}</source>
        <translation>
            <numerusform>{file}: %Ln column, {separated}, {encoding}</numerusform>
            <numerusform>{file}: %Ln columns, {separated}, {encoding}</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (first part shown: the file is large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: if letters look wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Start date, or Year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the title (or the description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By st&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single &amp;lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timelines and spreadsheets (*.json *.timeline *.csv *.tsv *.tab *.txt);;Timelines (*.json);;The Timeline Project (*.timeline);;Spreadsheets (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by &amp;Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by source in order of the sources&apos; reliability (A first, the ungraded last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by &amp;Date Said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each claim at the date its source said it, joined to its event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the document read-only for review: no dragging, new, duplicate, delete, undo or import; editors open read-only; saving still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the timeline&apos;s marks (hatching, arrows, ⚠, bands, stances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Timeline App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Timeline App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline App {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline viewer and editor for contested events reported by many sources: who said what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another: File &gt; Reopen with Encoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows below its header: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the file is checked when it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), no row would load: {reasons}</source>
        <translation>
            <numerusform>In the first %Ln row, no row would load: {reasons}</numerusform>
            <numerusform>In the first %Ln rows, no row would load: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <source>No row would load: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will load</source>
        <translation>
            <numerusform>%Ln row will load</numerusform>
            <numerusform>%Ln rows will load</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads} ({undated} without a date: kept as undated events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), {loads}</source>
        <translation>
            <numerusform>In the first %Ln row, {loads}</numerusform>
            <numerusform>In the first %Ln rows, {loads}</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loads}; {failing} will fail: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources: choose the column of source names or links to get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {count} ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{items}{separator}and %Ln more</source>
        <translation>
            <numerusform>{items}{separator}and %Ln more</numerusform>
            <numerusform>{items}{separator}and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives different figures for {what}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on {what}: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed figures, in different units: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked disputed; compare what the sources say: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} affirms and denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} affirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirmed by: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied by: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} and %Ln more</numerusform>
            <numerusform>{items} and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. deployment, kursk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start and end cannot both be unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from claims (currently: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 28 April 2025, 2024-10~, spring 2025, ..</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. April 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: pick a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is needed (write .. if it is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as {edtf} → {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grade} — {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported CSV to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TimelineJS JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export TimelineJS JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported TimelineJS JSON to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.timelinejs.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Native JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a native JSON copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a native JSON copy to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the picture .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the view (%Ln event(s)) to {name}</source>
        <translation>
            <numerusform>Exported the view (%Ln event) to {name}</numerusform>
            <numerusform>Exported the view (%Ln events) to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} (%Ln warning(s): {first})</source>
        <translation>
            <numerusform>{message} (%Ln warning: {first})</numerusform>
            <numerusform>{message} (%Ln warnings: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): those the filter shows</source>
        <translation>
            <numerusform>%Ln event: those the filter shows</numerusform>
            <numerusform>%Ln events: those the filter shows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file (relative path): {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file (embedded or not a web address): {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claims} in {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yonhap News Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. news agency, government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default lane colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another source is already called “{name}”; merge instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>Duplicate %Ln Event</numerusform>
            <numerusform>Duplicate %Ln Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Event(s)</source>
        <translation>
            <numerusform>Delete %Ln Event</numerusform>
            <numerusform>Delete %Ln Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted event: {titles} ({keys} undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s): {titles} ({keys} undoes)</source>
        <translation>
            <numerusform>Deleted %Ln event: {titles} ({keys} undoes)</numerusform>
            <numerusform>Deleted %Ln events: {titles} ({keys} undoes)</numerusform>
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
        <source>Merge Sources</source>
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
        <translation>
            <numerusform>Copied %Ln citation</numerusform>
            <numerusform>Copied %Ln citations</numerusform>
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
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
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
        <translation>
            <numerusform>{names}, … %Ln more</numerusform>
            <numerusform>{names}, … %Ln more</numerusform>
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
        <translation>
            <numerusform>{source}: %Ln event, reliability {grade}</numerusform>
            <numerusform>{source}: %Ln events, reliability {grade}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s)</source>
        <translation>
            <numerusform>{source}: %Ln event</numerusform>
            <numerusform>{source}: %Ln events</numerusform>
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
        <translation>
            <numerusform>{source}, %Ln event, reliability {grade}, {state}</numerusform>
            <numerusform>{source}, %Ln events, reliability {grade}, {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), {state}</source>
        <translation>
            <numerusform>{source}, %Ln event, {state}</numerusform>
            <numerusform>{source}, %Ln events, {state}</numerusform>
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
        <translation>
            <numerusform>and %Ln more (listed in the Events table)</numerusform>
            <numerusform>and %Ln more (listed in the Events table)</numerusform>
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
        <translation>
            <numerusform>{name} could not be opened: %Ln problem found. The document already open is unchanged.</numerusform>
            <numerusform>{name} could not be opened: %Ln problems found. The document already open is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation>
            <numerusform>The file could not be opened: %Ln problem found. The document already open is unchanged.</numerusform>
            <numerusform>The file could not be opened: %Ln problems found. The document already open is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the document&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability {grade} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim (denies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirms · published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirms · date not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more claims ({count} not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more claims, {count} not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {source} says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirms and ✗ Denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>No date (undated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (set in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (derived from the claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims: {claims} from %Ln source(s)</source>
        <translation>
            <numerusform>Claims: {claims} from %Ln source</numerusform>
            <numerusform>Claims: {claims} from %Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims: no source is cited for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more field(s)</source>
        <translation>
            <numerusform>… and %Ln more field</numerusform>
            <numerusform>… and %Ln more fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in browser: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened (not an http or https link): {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (not clickable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, listed in the Undated strip</source>
        <translation>
            <numerusform>%Ln undated, listed in the Undated strip</numerusform>
            <numerusform>%Ln undated, listed in the Undated strip</numerusform>
        </translation>
    </message>
    <message>
        <source>Reliability: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in time order (those the filter shows)</source>
        <translation>
            <numerusform>%Ln event in time order (those the filter shows)</numerusform>
            <numerusform>%Ln events in time order (those the filter shows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source id {ids} (known: {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn</source>
        <translation>
            <numerusform>{shown} of {lanes} lanes shown: %Ln event not drawn</numerusform>
            <numerusform>{shown} of {lanes} lanes shown: %Ln events not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn (a taller picture, fewer sources or one lane shows them)</source>
        <translation>
            <numerusform>{shown} of {lanes} lanes shown: %Ln event not drawn (a taller picture, fewer sources or one lane shows them)</numerusform>
            <numerusform>{shown} of {lanes} lanes shown: %Ln events not drawn (a taller picture, fewer sources or one lane shows them)</numerusform>
        </translation>
    </message>
    <message>
        <source>the range is empty: --to must come after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims by date said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) not drawn</source>
        <translation>
            <numerusform>%Ln undated event not drawn</numerusform>
            <numerusform>%Ln undated events not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s)</source>
        <translation>
            <numerusform>… and %Ln more source</numerusform>
            <numerusform>… and %Ln more sources</numerusform>
        </translation>
    </message>
    <message>
        <source>no events from the chosen sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format {format}: use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of {path}: name it .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} + {undated} undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragging pans the view. To move an event, click it first, then drag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no end to resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a drawn event first (Left/Right step through them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event first: Alt+Up and Alt+Down fold its lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane {name} collapsed (Alt+Down opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane {name} opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane {name} shows all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: surely within the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded: the whole period a date may mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: approximate or uncertain extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow: open end (no known end or start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ dashed outline: disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hollow: this lane&apos;s source denies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck through: denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: density (event counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+N more: events without a row (in the window, a click shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◇ or |–| under a bar, dotted to it: when its source said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange underline, orange badge: low grade (reliability D–E, credibility 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted underline, ? badge: not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+N</source>
        <comment>the legend&apos;s sample of +N more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>lanes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>lanes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>lanes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>lanes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole document in brief; the frame is the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the window to pan, its edges to zoom; click to jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} of %Ln event</numerusform>
            <numerusform>{shown} of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({undated} undated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} said, {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more in view · click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more in view · click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in view · click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in view · click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) + {undated} undated (not drawn: listed in the Undated strip)</source>
        <translation>
            <numerusform>%Ln event + {undated} undated (not drawn: listed in the Undated strip)</numerusform>
            <numerusform>%Ln events + {undated} undated (not drawn: listed in the Undated strip)</numerusform>
        </translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger lines, text and lane colours on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a date, not an open end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a publication date is in the years 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes; an article is read up to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication date: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this is not text (it holds NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: an HTML page without an article (no main text found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: there is no text to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares {share} of its key terms, and its dates, with “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication date is not known, so dates relative to it (&quot;on Monday&quot;, &quot;in October&quot;) are left unplaced: give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event with id &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run it as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run them as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation>
            <numerusform>%Ln cells starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run them as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</numerusform>
            <numerusform>%Ln cells starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run them as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): claims have figures, stances, or quotes with a semicolon, that a CSV row cannot hold (kept: sources, links, quotes, dates)</source>
        <translation>
            <numerusform>%Ln event: claims have figures, stances, or quotes with a semicolon, that a CSV row cannot hold (kept: sources, links, quotes, dates)</numerusform>
            <numerusform>%Ln events: claims have figures, stances, or quotes with a semicolon, that a CSV row cannot hold (kept: sources, links, quotes, dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): media (picture or video link, caption, credit) not written; the TimelineJS template and the native format keep it</source>
        <translation>
            <numerusform>%Ln event: media (picture or video link, caption, credit) not written; the TimelineJS template and the native format keep it</numerusform>
            <numerusform>%Ln events: media (picture or video link, caption, credit) not written; the TimelineJS template and the native format keep it</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source name holds ; or |, which a CSV cell puts between names, so it reads back as several sources: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source names hold ; or |, which a CSV cell puts between names, so they read back as several sources: {names}</source>
        <translation>
            <numerusform>%Ln source names hold ; or |, which a CSV cell puts between names, so they read back as several sources: {names}</numerusform>
            <numerusform>%Ln source names hold ; or |, which a CSV cell puts between names, so they read back as several sources: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 era is not written (a CSV row is an event); they stay in the native format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln eras are not written (a CSV row is an event); they stay in the native format</source>
        <translation>
            <numerusform>%Ln eras are not written (a CSV row is an event); they stay in the native format</numerusform>
            <numerusform>%Ln eras are not written (a CSV row is an event); they stay in the native format</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &quot;{column}&quot;: {grades} grades for %Ln claim(s) (give one for all, or one per source separated by &quot;;&quot;)</source>
        <translation>
            <numerusform>column &quot;{column}&quot;: {grades} grades for %Ln claim (give one for all, or one per source separated by &quot;;&quot;)</numerusform>
            <numerusform>column &quot;{column}&quot;: {grades} grades for %Ln claims (give one for all, or one per source separated by &quot;;&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <source>column &quot;{column}&quot;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} ({kept}, not {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source is graded differently on different rows; the first grade is kept: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are graded differently on different rows; the first grade is kept: {sources}</source>
        <translation>
            <numerusform>%Ln sources are graded differently on different rows; the first grade is kept: {sources}</numerusform>
            <numerusform>%Ln sources are graded differently on different rows; the first grade is kept: {sources}</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot; (fields: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;{column}&quot; in the header (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (row not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has no date: kept as undated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no date: kept as undated events</source>
        <translation>
            <numerusform>%Ln rows have no date: kept as undated events</numerusform>
            <numerusform>%Ln rows have no date: kept as undated events</numerusform>
        </translation>
    </message>
    <message>
        <source>no date column: name one start, date, year … or choose it with --map start=COLUMN (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title column: name one title, headline, event … or choose it with --map title=COLUMN (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time: &quot;{text}&quot; (expected a form like 14:30 or 2:30 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour {value} does not exist on a 12-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell is never closed: the file ends inside the quotes opened on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has {columns} columns; Timeline App reads at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than {most} characters (the most Timeline App reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text (CSV) file, or not in this encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;{encoding}&quot; (try utf-8, cp1252, mac_roman, utf-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding} (e.g. &quot;{example}&quot;). If letters look wrong, {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding}. If letters look wrong, {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the encoding: --encoding {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte {byte} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid {encoding}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision; not used: {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <comment>a precision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a precision code ({codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every time of day is midnight UTC (T00:00:00Z): %Ln date(s) read at day precision</source>
        <translation>
            <numerusform>every time of day is midnight UTC (T00:00:00Z): %Ln date read at day precision</numerusform>
            <numerusform>every time of day is midnight UTC (T00:00:00Z): %Ln dates read at day precision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, read as events, but they do not load:</source>
        <translation>
            <numerusform>found %Ln records at {where}, read as events, but they do not load:</numerusform>
            <numerusform>found %Ln records at {where}, read as events, but they do not load:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: found %Ln records at {where}; read as a list of events</source>
        <translation>
            <numerusform>{name}: found %Ln records at {where}; read as a list of events</numerusform>
            <numerusform>{name}: found %Ln records at {where}; read as a list of events</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate id &quot;{id}&quot; (also {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an event object, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a source name or a list of names, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank (the id or name of a source is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;{source}&quot; (not in the document&apos;s sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {bytes} bytes ({size} MB); Timeline App opens files of up to {most} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; Timeline App reads only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: duplicate key &quot;{key}&quot; (also at line {line}, column {column}); each key may appear once in an object, or programs disagree on which value counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: an object has the same key twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid {encoding} (byte {byte} of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {token} is too large for a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {token} is not valid JSON (numbers must be finite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: a number with more than {digits} digits is too long to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the JSON value is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting value</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <comment>JSON syntax: a string&apos;s opening quote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <comment>JSON syntax: a character in a string</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <comment>JSON syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: {escape} is half of a character (an unpaired UTF-16 surrogate escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record has no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation>
            <numerusform>%Ln records have no title: titled from the description (or &quot;Untitled&quot;)</numerusform>
            <numerusform>%Ln records have no title: titled from the description (or &quot;Untitled&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record has no date: kept as undated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no date: kept as undated events</source>
        <translation>
            <numerusform>%Ln records have no date: kept as undated events</numerusform>
            <numerusform>%Ln records have no date: kept as undated events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) or citations read as claims (sources named from the links)</source>
        <translation>
            <numerusform>%Ln link or citations read as claims (sources named from the links)</numerusform>
            <numerusform>%Ln links or citations read as claims (sources named from the links)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>found %Ln records at {where}, but none has a date, title or text to make an event from (fields: {fields})</numerusform>
            <numerusform>found %Ln records at {where}, but none has a date, title or text to make an event from (fields: {fields})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %Ln records, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>a list of %Ln records, but none has a date, title or text to make an event from (fields: {fields})</numerusform>
            <numerusform>a list of %Ln records, but none has a date, title or text to make an event from (fields: {fields})</numerusform>
        </translation>
    </message>
    <message>
        <source>a GeoJSON file (map features, not events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with keys {keys} and no list of records in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: written by a newer version (format version {version}); fields this version does not know are kept as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate source id &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply: Timeline App reads and writes at most {levels} levels of [ and {{ in a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: … and more problems; stopped reading at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: … and %Ln more problem(s)</source>
        <translation>
            <numerusform>{name}: … and %Ln more problem</numerusform>
            <numerusform>{name}: … and %Ln more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte {byte} continues a character that never started (a stray continuation byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlong sequence: byte {byte} starts a character written with more bytes than it needs, which UTF-8 does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte {byte} never appears in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but the file ends after {got} of its {needed} continuation bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but byte {next} comes after {got} of its {needed} continuation bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; is the file in another encoding, such as Windows-1252?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surrogate: bytes {bytes} encode {code}, half of a UTF-16 pair, which UTF-8 does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlong sequence: bytes {bytes} use more bytes than the character needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes {bytes} are beyond U+10FFFF, the last Unicode character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: {size} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of {choices}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only zero bytes (NUL); it was probably damaged while being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list holds no objects with fields to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records have {fields} different fields; Timeline App maps at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a timeline document (an object with &quot;events&quot;) or a JSON list of events, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot be written as JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to write the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} had 1 other hard link; an atomic save writes a new file, so it keeps the old content</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} had %Ln other hard links; an atomic save writes a new file, so they keep the old content</source>
        <translation>
            <numerusform>{path} had %Ln other hard links; an atomic save writes a new file, so they keep the old content</numerusform>
            <numerusform>{path} had %Ln other hard links; an atomic save writes a new file, so they keep the old content</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is not writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a PDF document, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a ZIP archive (an Excel .xlsx, Word or OpenDocument file is one), not a timeline; save the sheet as CSV to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an old Microsoft Office file (.xls, .doc), not a timeline; save the sheet as CSV to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a PNG image, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a JPEG image, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a GIF image, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an SQLite database, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a gzip-compressed file, not a timeline; uncompress it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a bzip2-compressed file, not a timeline; uncompress it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an xz-compressed file, not a timeline; uncompress it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a 7-Zip archive, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an RTF document, not a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a web page (HTML), not a timeline; save the table in it as CSV to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is The Timeline Project&apos;s old text format (version 0.9 and before), which Timeline App does not read; open it in The Timeline Project and save it: that writes its XML format, which Timeline App imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML declares a document type or entities, which Timeline App does not read (they can make a small file expand without limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML syntax: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an XML file whose root element is &lt;{element}&gt;, not a timeline (Timeline App reads The Timeline Project&apos;s &lt;timeline&gt; XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Timeline Project file counts time in plain numbers (timetype numtime), not dates; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Timeline Project file uses the calendar &quot;{calendar}&quot;; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {place}: the end lies before the start; read as a moment at the start (the end as written is kept in the field {field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: every time of day is midnight: dates read at day precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {{&quot;at&quot;: position, &quot;event&quot;: {{…}}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TimelineJS file needs a list of slides (&quot;timeline&quot;: {{&quot;date&quot;: [...]}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TimelineJS file needs an &quot;events&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: expected a list, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with year, month, day …, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} &quot;{value}&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: expected a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place: not shown on the published page, kept in the file&apos;s {key} data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a slide object, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an era object, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (an era needs an end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millisecond {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} is not in months {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} is not in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} is not in {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: &apos;{text}&apos; (expected a form like 2024, 2024-10, 2024-10-18 or 2024-10-18T09:30:00+09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open date (..) cannot be approximate or uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one qualifier: ~ approximate, ? uncertain, % both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualifier (~, ? or %) can only come at the end of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compact date ({form}); write it with dashes, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year with more than four digits needs a Y prefix, e.g. Y12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Y year stands alone, as Y and digits: Y12345 or Y-13800000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a day&apos;s date: 27 Oct 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day&apos;s date without its year: 27 Oct</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>a day of the month alone, on the time axis: 27</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year: Oct 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <comment>days of one month: 1–31 Oct 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
        <comment>days of one year: 27 Oct – 3 Nov 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <comment>months of one year: Oct–Dec 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decade}s</source>
        <comment>a decade: 2020s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year of the common era, alone: 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD {year}</source>
        <comment>a year said to be of the common era: AD 1, AD 2 million</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} BC</source>
        <comment>a year before the common era: 44 BC</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years ago</source>
        <comment>deep time: 13.8 billion years ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {date}</source>
        <comment>a year a file gives rounded off: about 1 trillion years ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {scale}</source>
        <comment>a big number: 13.8 billion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter {year}</source>
        <comment>December of the year to February of the next</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {date} {time} {zone}</source>
        <comment>a time of day with its weekday and zone: Sun 27 Apr 2025 19:00 EDT</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <comment>a date with X digits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (unknown)</source>
        <comment>a date written ..</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>an unknown date or time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 thousand; 6 million; 9 billion; 12 trillion; 15 quadrillion</source>
        <comment>the powers of ten big numbers are named by, with their names (Korean names 4, 8 and 12)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date must be text, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time zone [..] needs a time of day before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a year can have at most %Ln digit(s)</source>
        <translation>
            <numerusform>a year can have at most %Ln digit</numerusform>
            <numerusform>a year can have at most %Ln digits</numerusform>
        </translation>
    </message>
    <message>
        <source>a season ({season}) cannot have a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date with unspecified digits (X) cannot have a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X can only replace the last digits of the year: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X can only replace the last digits of the month: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X can only replace the last digits of the day: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year needs at least one digit; write .. for an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone offset {offset} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset {offset} is not {zone}&apos;s on that day ({right})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interval has one / between its start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interval needs a start or an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with id &quot;{id}&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Events</source>
        <translation>
            <numerusform>Delete %Ln Events</numerusform>
            <numerusform>Delete %Ln Events</numerusform>
        </translation>
    </message>
    <message>
        <source>a source with id &quot;{id}&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source with id &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs two different sources of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this source is still cited by %Ln event(s): reassign or remove their claims first</source>
        <translation>
            <numerusform>this source is still cited by %Ln event: reassign or remove their claims first</numerusform>
            <numerusform>this source is still cited by %Ln events: reassign or remove their claims first</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {grade} is not a letter A–F followed by a digit 1–6, like &quot;B2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos; (expected an IANA name such as Asia/Seoul, UTC or an offset such as +09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} did not exist in {zone} on {day} (the clocks were put forward)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
