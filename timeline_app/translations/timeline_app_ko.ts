<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (%Ln undated, listed below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>Denies</source>
        <translation type="unfinished"></translation>
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
        <source>Quote</source>
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
        <source>Source</source>
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
    <message>
        <source>Affirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims: {claims} from %Ln source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in time order (those the filter shows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn (a taller picture, fewer sources or one lane shows them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
