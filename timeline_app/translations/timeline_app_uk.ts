<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Lanes</source>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
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
        <source>&amp;Delete</source>
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
        <source>Events</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} (%Ln warning(s): {first})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
