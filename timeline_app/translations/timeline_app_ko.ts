<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
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
            <numerusform> (날짜 없음 %Ln건, 아래에 표시)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln event(s)</source>
        <translation>
            <numerusform>사건 %Ln건 중 {shown}건 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>필터 없음</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Show times in the zone (an IANA name such as Asia/Seoul, or UTC):</source>
        <translation>표시할 시간대(Asia/Seoul 같은 IANA 이름 또는 UTC):</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Time &amp;Zone</source>
        <translation>시간대(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>UTC(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;System ({zone})</source>
        <translation>시스템({zone})(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Other Time Zone…</source>
        <translation>다른 시간대(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <source>{language} from the next start of Timeline App</source>
        <translation>Timeline App을 다음에 시작할 때부터 {language} 적용</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;Text (*.txt);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;All files (*)</source>
        <translation>기사 (*.txt *.md *.markdown *.html *.htm);;텍스트 (*.txt);;Markdown (*.md *.markdown);;웹 페이지 (*.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Open Text File</source>
        <translation>텍스트 파일 열기</translation>
    </message>
    <message>
        <source>Is {file} an article to read, or a spreadsheet to open?</source>
        <translation>{file}은(는) 읽을 기사입니까, 아니면 열 스프레드시트입니까?</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet</source>
        <translation>스프레드시트(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 2025-04-28 (dates like “on Monday” are read from it)</source>
        <translation>예: 2025-04-28 (“월요일에” 같은 날짜는 이 날짜를 기준으로 해석됨)</translation>
    </message>
    <message>
        <source>&amp;Re-read</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the article again with this title, outlet, URL and date</source>
        <translation>이 제목, 매체, URL, 날짜로 기사를 다시 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>매체(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>게시일(&amp;P):</translation>
    </message>
    <message>
        <source>From an article</source>
        <translation>기사에서</translation>
    </message>
    <message>
        <source>From “{title}”</source>
        <translation>“{title}”에서</translation>
    </message>
    <message>
        <source>{text} ({outlet_and_date})</source>
        <translation>{text} ({outlet_and_date})</translation>
    </message>
    <message>
        <source>{text}, characters {start}–{end}</source>
        <translation>{text}, {start}–{end}번째 문자</translation>
    </message>
    <message>
        <source>{text}; speaker: {speaker}</source>
        <translation>{text}; 발언자: {speaker}</translation>
    </message>
    <message>
        <source>Quote in context</source>
        <translation>문맥 속 인용문</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject (R)</source>
        <translation>거부(&amp;J) (R)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>모두 수락(&amp;L)</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>모두 거부</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>타임라인에 추가(&amp;T)</translation>
    </message>
    <message>
        <source>already in the document (same source and quote): rejected unless you accept it</source>
        <translation>이미 문서에 있음(같은 출처와 인용문): 수락하지 않으면 거부됩니다</translation>
    </message>
    <message>
        <source>a new event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>stance is affirms or denies</source>
        <translation>입장은 긍정 또는 부인이어야 합니다</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>숫자가 아님: {value}</translation>
    </message>
    <message>
        <source>Published: {problem}</source>
        <translation>게시일: {problem}</translation>
    </message>
    <message>
        <source>The publication date was changed: press Re-read so that the dates are read from it.</source>
        <translation>게시일이 변경되었습니다. 이 날짜를 기준으로 날짜를 다시 해석하려면 다시 읽기를 누르십시오.</translation>
    </message>
    <message>
        <source>Fix these first:
{problems}</source>
        <translation>먼저 다음 문제를 해결하십시오:
{problems}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>existing event “{title}”</source>
        <translation>기존 사건 “{title}”</translation>
    </message>
    <message>
        <source>✓ accept</source>
        <translation>✓ 수락</translation>
    </message>
    <message>
        <source>✗ reject</source>
        <translation>✗ 거부</translation>
    </message>
    <message>
        <source>the document&apos;s event: only the new claims are added (choose “new event” under Into to edit its title and date)</source>
        <translation>문서의 사건: 새 주장만 추가됩니다(제목과 날짜를 편집하려면 대상에서 “새 사건”을 선택하십시오)</translation>
    </message>
    <message>
        <source>matches the document&apos;s event ({why}): its claims are added to it, or choose “new event” to add one</source>
        <translation>문서의 사건과 일치함({why}): 주장이 해당 사건에 추가됩니다. 새 사건을 추가하려면 “새 사건”을 선택하십시오</translation>
    </message>
    <message>
        <source>{events}, {claims}: {accepted} accepted, {rejected} rejected, {left} to review. {notes}</source>
        <translation>{events}, {claims}: {accepted}건 수락, {rejected}건 거부, {left}건 검토 남음. {notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>사건 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>matches a source of the document</source>
        <translation>문서의 출처와 일치함</translation>
    </message>
    <message>
        <source>new source: {name}, also “{aliases}”; confirm its kind and country (the same on every row that cites it)</source>
        <translation>새 출처: {name}, 별칭 “{aliases}”. 유형과 국가를 확인하십시오(이 출처를 인용하는 모든 행에 동일하게 적용됨)</translation>
    </message>
    <message>
        <source>new source: {name}; confirm its kind and country (the same on every row that cites it)</source>
        <translation>새 출처: {name}. 유형과 국가를 확인하십시오(이 출처를 인용하는 모든 행에 동일하게 적용됨)</translation>
    </message>
    <message>
        <source>the document&apos;s source: change it in Edit &gt; Sources…</source>
        <translation>문서의 출처: 편집 &gt; 출처…에서 변경하십시오</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>write the figure without separators, e.g. 1200</source>
        <translation>수치는 구분 기호 없이 입력하십시오(예: 1200)</translation>
    </message>
    <message>
        <source>the figure must be a number, e.g. 1200 or 2.5</source>
        <translation>수치는 숫자여야 합니다(예: 1200 또는 2.5)</translation>
    </message>
    <message>
        <source>the figure must be a finite number</source>
        <translation>수치는 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>choose a source</source>
        <translation>출처를 선택하십시오</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>published: {problem}</source>
        <translation>게시일: {problem}</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>부인</translation>
    </message>
    <message>
        <source>Affirms</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>주장 제거</translation>
    </message>
    <message>
        <source>Add Clai&amp;m</source>
        <translation>주장 추가(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>주장 제거(&amp;R)</translation>
    </message>
    <message>
        <source>number, e.g. 1200</source>
        <translation>숫자, 예: 1200</translation>
    </message>
    <message>
        <source>unit, e.g. killed</source>
        <translation>단위, 예: 사망</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>웹 링크</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>출처(&amp;C)</translation>
    </message>
    <message>
        <source>Sta&amp;nce</source>
        <translation>입장(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>인용문(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>값(&amp;V)</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>게시일(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Web link</source>
        <translation>웹 링크(&amp;W)</translation>
    </message>
    <message>
        <source>Credibilit&amp;y</source>
        <translation>신빙성(&amp;Y)</translation>
    </message>
    <message>
        <source>Claim {number}: {problem}</source>
        <translation>주장 {number}: {problem}</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>{id} (not in the sources)</source>
        <translation>{id} (출처 목록에 없음)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>새 출처…</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.tsv *.tab *.txt *.json);;Spreadsheets (*.csv *.tsv *.tab *.txt);;JSON lists of records (*.json);;All files (*)</source>
        <translation>스프레드시트 및 목록 (*.csv *.tsv *.tab *.txt *.json);;스프레드시트 (*.csv *.tsv *.tab *.txt);;레코드의 JSON 목록 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
    <message>
        <source>Choose the column that holds each part of an event. The choices below were guessed from the column names.</source>
        <translation>사건의 각 항목이 들어 있는 열을 선택하십시오. 아래 선택 항목은 열 이름으로 추정한 것입니다.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>file</comment>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>the JSON file is too large to preview here; use --map on the command line</source>
        <translation>JSON 파일이 너무 커서 여기서 미리 볼 수 없습니다. 명령줄에서 --map을 사용하십시오</translation>
    </message>
    <message>
        <source>the JSON file holds no list of records</source>
        <translation>JSON 파일에 레코드 목록이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) at {where}</source>
        <translation>
            <numerusform>{where}에 레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: nothing to show (see below).</source>
        <translation>{file}: 표시할 내용이 없습니다(아래 참조).</translation>
    </message>
    <message numerus="yes">
        <source>{file}: a JSON list, {records}, %Ln field(s) (the columns below).</source>
        <translation>
            <numerusform>{file}: JSON 목록, {records}, 필드 %Ln개(아래 열).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln column(s), {separated}, {encoding}</source>
        <translation>
            <numerusform>{file}: 열 %Ln개, {separated}, {encoding}</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, with a byte order mark</source>
        <translation>{text}, 바이트 순서 표시(BOM) 있음</translation>
    </message>
    <message>
        <source>{text} (first part shown: the file is large)</source>
        <translation>{text} (파일이 커서 앞부분만 표시)</translation>
    </message>
    <message>
        <source>Auto ({encoding})</source>
        <translation>자동({encoding})</translation>
    </message>
    <message>
        <source>Guessed: if letters look wrong, choose another encoding.</source>
        <translation>추정값: 글자가 이상하게 보이면 다른 인코딩을 선택하십시오.</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}</source>
        <translation>파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>The file cannot be imported: {problem}</source>
        <translation>파일을 가져올 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Choose the column that holds the date (Start date, or Year).</source>
        <translation>날짜가 들어 있는 열(시작 날짜 또는 연도)을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the column that holds the title (or the description).</source>
        <translation>제목(또는 설명)이 들어 있는 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <source>By &amp;source</source>
        <translation>출처별(&amp;S)</translation>
    </message>
    <message>
        <source>By &amp;tag</source>
        <translation>태그별(&amp;T)</translation>
    </message>
    <message>
        <source>By st&amp;atus</source>
        <translation>상태별(&amp;A)</translation>
    </message>
    <message>
        <source>Single &amp;lane</source>
        <translation>단일 레인(&amp;L)</translation>
    </message>
    <message>
        <source>Timelines and spreadsheets (*.json *.timeline *.csv *.tsv *.tab *.txt);;Timelines (*.json);;The Timeline Project (*.timeline);;Spreadsheets (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>타임라인 및 스프레드시트 (*.json *.timeline *.csv *.tsv *.tab *.txt);;타임라인 (*.json);;The Timeline Project (*.timeline);;스프레드시트 (*.csv *.tsv *.tab *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>다른 인코딩으로 다시 열기(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Article…</source>
        <translation>기사 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Order by &amp;Reliability</source>
        <translation>신뢰도순 정렬(&amp;R)</translation>
    </message>
    <message>
        <source>Lanes by source in order of the sources&apos; reliability (A first, the ungraded last)</source>
        <translation>출처별 레인을 출처의 신뢰도순으로 정렬(A가 처음, 등급 없는 출처가 마지막)</translation>
    </message>
    <message>
        <source>Claims by &amp;Date Said</source>
        <translation>발언일별 주장(&amp;D)</translation>
    </message>
    <message>
        <source>Show each claim at the date its source said it, joined to its event</source>
        <translation>각 주장을 출처가 발언한 날짜에 표시하고 해당 사건과 연결</translation>
    </message>
    <message>
        <source>Loc&amp;k Editing</source>
        <translation>편집 잠금(&amp;K)</translation>
    </message>
    <message>
        <source>Make the document read-only for review: no dragging, new, duplicate, delete, undo or import; editors open read-only; saving still works</source>
        <translation>검토를 위해 문서를 읽기 전용으로 만듭니다. 끌기, 새로 만들기, 복제, 삭제, 실행 취소, 가져오기를 할 수 없고 편집기는 읽기 전용으로 열립니다. 저장은 계속 가능합니다</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>범례(&amp;G)</translation>
    </message>
    <message>
        <source>Explain the timeline&apos;s marks (hatching, arrows, ⚠, bands, stances)</source>
        <translation>타임라인의 표시(빗금, 화살표, ⚠, 띠, 입장)를 설명합니다</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Timeline App</source>
        <translation>Timeline App 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>타임라인 열기</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>About Timeline App</source>
        <translation>Timeline App 정보</translation>
    </message>
    <message>
        <source>Timeline App {version}</source>
        <translation>Timeline App {version}</translation>
    </message>
    <message>
        <source>A timeline viewer and editor for contested events reported by many sources: who said what, and when.</source>
        <translation>여러 출처가 보도한 논란이 있는 사건을 위한 타임라인 뷰어 및 편집기: 누가, 무엇을, 언제 말했는가.</translation>
    </message>
    <message>
        <source>choose another: File &gt; Reopen with Encoding…</source>
        <translation>다른 인코딩 선택: 파일 &gt; 다른 인코딩으로 다시 열기…</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료 날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Links of sources</source>
        <translation>출처 링크</translation>
    </message>
    <message>
        <source>Source from URL</source>
        <translation>URL 기반 출처</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>주장 내용</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>주장 날짜</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>날짜 정밀도</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>종료 연도</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>종료 월</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>종료 일</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>종료 시간</translation>
    </message>
    <message>
        <source>Display date</source>
        <translation>표시 날짜</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>썸네일</translation>
    </message>
    <message>
        <source>Slide type</source>
        <translation>슬라이드 유형</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표 구분</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>세미콜론 구분</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>탭 구분</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>{delimiter} 구분</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line}행: {problem}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>The file has no rows below its header: nothing to import.</source>
        <translation>파일의 머리글 아래에 행이 없습니다: 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The rest of the file is checked when it is opened.</source>
        <translation>파일의 나머지 부분은 열 때 검사합니다.</translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), no row would load: {reasons}</source>
        <translation>
            <numerusform>처음 %Ln개 행 중 불러올 수 있는 행이 없습니다: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <source>No row would load: {reasons}</source>
        <translation>불러올 수 있는 행이 없습니다: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will load</source>
        <translation>
            <numerusform>%Ln개 행을 불러옵니다</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads} ({undated} without a date: kept as undated events)</source>
        <translation>{loads} (날짜가 없는 {undated}개 행은 날짜 없음 사건으로 유지됩니다)</translation>
    </message>
    <message numerus="yes">
        <source>In the first %Ln row(s), {loads}</source>
        <translation>
            <numerusform>처음 %Ln개 행 중 {loads}</numerusform>
        </translation>
    </message>
    <message>
        <source>{loads}.</source>
        <translation>{loads}.</translation>
    </message>
    <message>
        <source>{loads}; {failing} will fail: {reasons}</source>
        <translation>{loads}; {failing}개 행은 실패합니다: {reasons}</translation>
    </message>
    <message>
        <source>No sources: choose the column of source names or links to get them.</source>
        <translation>출처 없음: 출처를 가져오려면 출처 이름 또는 링크가 있는 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Sources: {count} ({names}).</source>
        <translation>출처: {count}개({names}).</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보도됨</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>논란</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>부인됨</translation>
    </message>
    <message numerus="yes">
        <source>{items}{separator}and %Ln more</source>
        <translation>
            <numerusform>{items}{separator}외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources disagree: {sources}</source>
        <translation>출처 간 불일치: {sources}</translation>
    </message>
    <message>
        <source>the figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>{source} gives different figures for {what}: {values}</source>
        <translation>{source}이(가) {what}에 대해 서로 다른 수치를 제시함: {values}</translation>
    </message>
    <message>
        <source>Sources disagree on {what}: {sources}</source>
        <translation>{what}에 대한 출처 간 불일치: {sources}</translation>
    </message>
    <message>
        <source>Disputed figures, in different units: {sources}</source>
        <translation>논란 수치(단위 상이): {sources}</translation>
    </message>
    <message>
        <source>Marked disputed; compare what the sources say: {sources}</source>
        <translation>논란으로 표시됨. 출처별 내용을 비교하십시오: {sources}</translation>
    </message>
    <message>
        <source>{source} affirms and denies</source>
        <translation>{source}: 확인 및 부인</translation>
    </message>
    <message>
        <source>{source} denies</source>
        <translation>{source}: 부인</translation>
    </message>
    <message>
        <source>{source} affirms</source>
        <translation>{source}: 확인</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>수치 없음</translation>
    </message>
    <message>
        <source>Affirmed by: {sources}</source>
        <translation>확인한 출처: {sources}</translation>
    </message>
    <message>
        <source>Denied by: {sources}</source>
        <translation>부인한 출처: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} 외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation>보도됨</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>논란</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>부인됨</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>comma-separated, e.g. deployment, kursk</source>
        <translation>쉼표로 구분, 예: 파병, 쿠르스크</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>상태(&amp;U)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>태그(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>위치(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation>주장(&amp;I)</translation>
    </message>
    <message>
        <source>the start and end cannot both be unknown</source>
        <translation>시작과 종료를 모두 알 수 없음으로 둘 수는 없습니다</translation>
    </message>
    <message>
        <source>end is before the start</source>
        <translation>종료가 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>사건에 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Start: {problem}</source>
        <translation>시작: {problem}</translation>
    </message>
    <message>
        <source>End: {problem}</source>
        <translation>종료: {problem}</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Derived from claims (currently: {status})</source>
        <translation>주장에서 도출됨(현재: {status})</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>제목이 필요합니다</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field}의 길이가 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>e.g. 28 April 2025, 2024-10~, spring 2025, ..</source>
        <translation>예: 28 April 2025, 2024-10~, spring 2025, ..</translation>
    </message>
    <message>
        <source>optional, e.g. April 2025</source>
        <translation>선택 사항, 예: April 2025</translation>
    </message>
    <message>
        <source>Day…</source>
        <translation>날짜…</translation>
    </message>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>달력에서 날짜 선택</translation>
    </message>
    <message>
        <source>{field}: pick a day</source>
        <translation>{field}: 날짜 선택</translation>
    </message>
    <message>
        <source>a date is needed (write .. if it is unknown)</source>
        <translation>날짜가 필요합니다(알 수 없으면 ..을 입력하십시오)</translation>
    </message>
    <message>
        <source>Stored as {edtf} → {meaning}</source>
        <translation>저장 형식: {edtf} → {meaning}</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>등급 미부여</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>완전히 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>대체로 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>상당히 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>대체로 신뢰할 수 없음</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>신뢰할 수 없음</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>신뢰도를 판단할 수 없음</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>다른 출처로 확인됨</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>사실일 가능성 높음</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>사실일 가능성 있음</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>의심스러움</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>사실일 가능성 낮음</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>진위를 판단할 수 없음</translation>
    </message>
    <message>
        <source>{grade} — {words}</source>
        <translation>{grade} — {words}</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>신빙성</translation>
    </message>
    <message>
        <source>One lane per source</source>
        <translation>출처별 레인</translation>
    </message>
    <message>
        <source>One lane per tag</source>
        <translation>태그별 레인</translation>
    </message>
    <message>
        <source>One lane per status</source>
        <translation>상태별 레인</translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation>단일 레인</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>Exported CSV to {name}</source>
        <translation>CSV를 {name} 파일로 내보냈습니다</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 스프레드시트 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;TimelineJS JSON…</source>
        <translation>TimelineJS JSON(&amp;T)…</translation>
    </message>
    <message>
        <source>Export TimelineJS JSON</source>
        <translation>TimelineJS JSON 내보내기</translation>
    </message>
    <message>
        <source>Exported TimelineJS JSON to {name}</source>
        <translation>TimelineJS JSON을 {name} 파일로 내보냈습니다</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.timelinejs.json *.json)</source>
        <translation>TimelineJS JSON (*.timelinejs.json *.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;Native JSON…</source>
        <translation>네이티브 JSON 사본(&amp;N)…</translation>
    </message>
    <message>
        <source>Export a native JSON copy</source>
        <translation>네이티브 JSON 사본 내보내기</translation>
    </message>
    <message>
        <source>Exported a native JSON copy to {name}</source>
        <translation>네이티브 JSON 사본을 {name} 파일로 내보냈습니다</translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json)</source>
        <translation>타임라인 (*.timeline.json *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG or PDF)…</source>
        <translation>이미지(&amp;I) (PNG, SVG 또는 PDF)…</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>name the picture .png, .svg or .pdf</source>
        <translation>그림 파일 이름은 .png, .svg 또는 .pdf로 끝나야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>Exported the view (%Ln event(s)) to {name}</source>
        <translation>
            <numerusform>현재 보기(사건 %Ln개)를 {name} 파일로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} (%Ln warning(s): {first})</source>
        <translation>
            <numerusform>{message} (경고 %Ln개: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>크기 사전 설정</translation>
    </message>
    <message>
        <source>As the window</source>
        <translation>창 크기대로</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>레인</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): those the filter shows</source>
        <translation>
            <numerusform>사건 %Ln개: 필터에 표시된 사건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>크기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>종료(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>레인(&amp;L)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>종료가 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Media caption</source>
        <translation>미디어 캡션</translation>
    </message>
    <message>
        <source>Credit: {credit}</source>
        <translation>제공: {credit}</translation>
    </message>
    <message>
        <source>Media credit</source>
        <translation>미디어 제공 정보</translation>
    </message>
    <message>
        <source>Media link</source>
        <translation>미디어 링크</translation>
    </message>
    <message>
        <source>Media file (relative path): {file}</source>
        <translation>미디어 파일(상대 경로): {file}</translation>
    </message>
    <message>
        <source>Media file (embedded or not a web address): {file}</source>
        <translation>미디어 파일(내장되었거나 웹 주소가 아님): {file}</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>미디어 파일</translation>
    </message>
    <message>
        <source>{claims} in {events}</source>
        <translation>{events}의 {claims}</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>출처 편집</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. Yonhap News Agency</source>
        <translation>예: 연합뉴스</translation>
    </message>
    <message>
        <source>e.g. news agency, government</source>
        <translation>예: 통신사, 정부</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>색 선택</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>기본값(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default lane colour</source>
        <translation>기본 레인 색 사용</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>국가(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>웹 페이지(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>신뢰도(&amp;R)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>메모(&amp;T)</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>색(&amp;L)</translation>
    </message>
    <message>
        <source>Source Colour</source>
        <translation>출처 색</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>이름이 필요합니다</translation>
    </message>
    <message>
        <source>another source is already called “{name}”; merge instead</source>
        <translation>이름이 “{name}”인 출처가 이미 있습니다. 대신 병합하십시오</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <translation>출처 병합</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>병합 대상</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Merge “{name}” &amp;into</source>
        <translation>“{name}” 병합 대상(&amp;I)</translation>
    </message>
    <message>
        <source>{claims_in_events} will move from “{name}” to “{into}”, and “{name}” is then removed. Undo puts everything back.</source>
        <translation>{claims_in_events}이(가) “{name}”에서 “{into}”(으)로 옮겨진 후 “{name}”은(는) 삭제됩니다. 실행 취소하면 모두 원래대로 돌아갑니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다음에 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>새 사건(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Event</source>
        <translation>사건 복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>출처(&amp;S)…</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>undo history</comment>
        <translation>열림</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>Cannot change the document</source>
        <translation>문서를 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>사건 복제</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln Event(s)</source>
        <translation>
            <numerusform>사건 %Ln개 복제</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>사건 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Event(s)</source>
        <translation>
            <numerusform>사건 %Ln개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted event: {titles} ({keys} undoes)</source>
        <translation>사건을 삭제했습니다: {titles} ({keys} 키로 실행 취소)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s): {titles} ({keys} undoes)</source>
        <translation>
            <numerusform>사건 %Ln개를 삭제했습니다: {titles} ({keys} 키로 실행 취소)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Event</source>
        <translation>사건 이동</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>끝 없음</translation>
    </message>
    <message>
        <source>Moved {title}: {old} → {new} ({keys} undoes)</source>
        <translation>{title}을(를) 이동했습니다: {old} → {new} ({keys} 키로 실행 취소)</translation>
    </message>
    <message>
        <source>&amp;Sources of this document</source>
        <translation>이 문서의 출처(&amp;S)</translation>
    </message>
    <message>
        <source>Rename Source</source>
        <translation>출처 이름 바꾸기</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>출처 병합</translation>
    </message>
    <message>
        <source>{name} is cited by {claims_in_events}. Merge it into another source first, or remove those claims.</source>
        <translation>{name}은(는) {claims_in_events}에서 인용되고 있습니다. 먼저 다른 출처에 병합하거나 해당 주장을 제거하십시오.</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>출처 삭제</translation>
    </message>
    <message>
        <source>Cannot Change the Sources</source>
        <translation>출처를 변경할 수 없음</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>{name} (last autosaved {when})</source>
        <translation>{name}(마지막 자동 저장: {when})</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>자동 저장 실패: {error}</translation>
    </message>
    <message>
        <source>&amp;Copy as Citation</source>
        <translation>인용 형식으로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Show Only Its &amp;Sources</source>
        <translation>해당 출처만 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Show Only Their &amp;Sources</source>
        <translation>해당 출처만 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Open Source &amp;Link</source>
        <translation>출처 링크 열기(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>인용 %Ln개를 복사했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between sources</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>no source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>{title} ({date}). Sources: {sources}.</source>
        <translation>{title}({date}). 출처: {sources}.</translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing)</source>
        <translation>편집이 잠겨 있습니다(보기 &gt; 편집 잠금)</translation>
    </message>
    <message>
        <source>Locked for review</source>
        <translation>검토를 위해 잠김</translation>
    </message>
    <message>
        <source>&amp;View Event…</source>
        <translation>사건 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>사건 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Editing is locked (View &gt; Lock Editing): the document can be read, filtered, exported and saved, not changed</source>
        <translation>편집이 잠겨 있습니다(보기 &gt; 편집 잠금): 문서를 읽고, 필터링하고, 내보내고, 저장할 수는 있지만 변경할 수는 없습니다</translation>
    </message>
    <message>
        <source>Editing unlocked</source>
        <translation>편집 잠금 해제됨</translation>
    </message>
    <message>
        <source>Timelines (*.timeline.json *.json);;All files (*)</source>
        <translation>타임라인 (*.timeline.json *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>{name}이(가) 열거나 저장한 이후 다른 프로그램에 의해 변경되었습니다.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, reload the file from disk (your unsaved edits are lost), or cancel?</source>
        <translation>내 버전으로 덮어쓰시겠습니까, 다른 이름으로 저장하시겠습니까, 디스크에서 파일을 다시 불러오시겠습니까(저장하지 않은 편집 내용은 사라집니다), 아니면 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>디스크에서 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>다른 이름으로 타임라인 저장</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Your changes are still here; try another folder with Save As.</source>
        <translation>변경 내용은 그대로 남아 있습니다. 다른 이름으로 저장을 사용해 다른 폴더에 저장해 보십시오.</translation>
    </message>
    <message>
        <source>Saved; note: {note}</source>
        <translation>저장했습니다. 참고: {note}</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>디스크에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Reload {name} and lose your unsaved edits?</source>
        <translation>{name}을(를) 다시 불러오고 저장하지 않은 편집 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Reload the file and lose your unsaved edits?</source>
        <translation>파일을 다시 불러오고 저장하지 않은 편집 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Reload and lose edits</source>
        <translation>다시 불러오고 편집 내용 버리기(&amp;R)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>{name}의 변경 내용을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>저장하지 않으면 변경 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>New Timeline</source>
        <translation>새 타임라인</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Untitled timeline</source>
        <translation>제목 없는 타임라인</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>필터</translation>
    </message>
    <message>
        <source>Find events (Ctrl+F)</source>
        <translation>사건 찾기(Ctrl+F)</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>사건 찾기</translation>
    </message>
    <message>
        <source>Only &amp;matches</source>
        <translation>일치 항목만(&amp;M)</translation>
    </message>
    <message>
        <source>Show only matching events</source>
        <translation>일치하는 사건만 표시</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>태그 필터</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Reliability filter</source>
        <translation>신뢰도 필터</translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation>모든 신뢰도</translation>
    </message>
    <message>
        <source>Rel. {grade}</source>
        <translation>신뢰도 {grade}</translation>
    </message>
    <message>
        <source>Rel. {grade} or better</source>
        <translation>신뢰도 {grade} 이상</translation>
    </message>
    <message>
        <source>sources graded {grade} ({words})</source>
        <translation>신뢰도 {grade}({words}) 등급 출처</translation>
    </message>
    <message>
        <source>sources graded {grade} ({words}) or better</source>
        <translation>신뢰도 {grade}({words}) 이상 등급 출처</translation>
    </message>
    <message>
        <source>Rel. graded</source>
        <translation>신뢰도 등급 부여됨</translation>
    </message>
    <message>
        <source>sources graded A–F</source>
        <translation>A–F 등급이 부여된 출처</translation>
    </message>
    <message>
        <source>Credibility filter</source>
        <translation>신빙성 필터</translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation>모든 신빙성</translation>
    </message>
    <message>
        <source>Cred. {grade}</source>
        <translation>신빙성 {grade}</translation>
    </message>
    <message>
        <source>Cred. {grade} or better</source>
        <translation>신빙성 {grade} 이상</translation>
    </message>
    <message>
        <source>claims graded {grade} ({words})</source>
        <translation>신빙성 {grade}({words}) 등급 주장</translation>
    </message>
    <message>
        <source>claims graded {grade} ({words}) or better</source>
        <translation>신빙성 {grade}({words}) 이상 등급 주장</translation>
    </message>
    <message>
        <source>Cred. graded</source>
        <translation>신빙성 등급 부여됨</translation>
    </message>
    <message>
        <source>claims graded 1–6</source>
        <translation>1–6 등급이 부여된 주장</translation>
    </message>
    <message>
        <source>From (e.g. 2024-06)</source>
        <translation>시작(예: 2024-06)</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>시작 날짜로 필터링</translation>
    </message>
    <message>
        <source>To (e.g. 2025)</source>
        <translation>끝(예: 2025)</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>끝 날짜로 필터링</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>활성 필터</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>일치 항목 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>match</comment>
        <translation>{current}/{total}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>reported</source>
        <comment>status</comment>
        <translation>보도됨</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>status</comment>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>status</comment>
        <translation>논란</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>status</comment>
        <translation>부인됨</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} 외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>showing only {sources}</source>
        <translation>{sources}만 표시</translation>
    </message>
    <message>
        <source>hiding {sources}</source>
        <translation>{sources} 숨김</translation>
    </message>
    <message>
        <source>tag {tags}</source>
        <translation>태그 {tags}</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>reliability {grade}</source>
        <translation>신뢰도 {grade}</translation>
    </message>
    <message>
        <source>reliability {grade} or better</source>
        <translation>신뢰도 {grade} 이상</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>신빙성 {grade}</translation>
    </message>
    <message>
        <source>credibility {grade} or better</source>
        <translation>신빙성 {grade} 이상</translation>
    </message>
    <message>
        <source>matching &quot;{text}&quot;</source>
        <translation>&quot;{text}&quot;와(과) 일치</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filter parts</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>필터: {filter}</translation>
    </message>
    <message>
        <source>not enough memory to open this file</source>
        <translation>이 파일을 열기에 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>could not be read because of an internal error ({error}); please report it with the file</source>
        <translation>내부 오류({error})로 인해 읽을 수 없습니다. 파일과 함께 이 문제를 보고해 주십시오</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>Opening</source>
        <comment>progress dialog</comment>
        <translation>여는 중</translation>
    </message>
    <message>
        <source>{status} (derived)</source>
        <translation>{status}(파생됨)</translation>
    </message>
    <message numerus="yes">
        <source>{names}, … %Ln more</source>
        <translation>
            <numerusform>{names}, … 외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Rel.</source>
        <comment>reliability column</comment>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>#</source>
        <comment>events column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Events per source</source>
        <translation>출처별 사건 수</translation>
    </message>
    <message>
        <source>Reliability of the source (Admiralty grade A–F)</source>
        <translation>출처의 신뢰도(Admiralty 등급 A–F)</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <comment>source and its kind</comment>
        <translation>{name}({kind})</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s), reliability {grade}</source>
        <translation>
            <numerusform>{source}: 사건 %Ln개, 신뢰도 {grade}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln event(s)</source>
        <translation>
            <numerusform>{source}: 사건 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>source</comment>
        <translation>숨김</translation>
    </message>
    <message>
        <source>shown</source>
        <comment>source</comment>
        <translation>표시됨</translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), reliability {grade}, {state}</source>
        <translation>
            <numerusform>{source}, 사건 %Ln개, 신뢰도 {grade}, {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}, %Ln event(s), {state}</source>
        <translation>
            <numerusform>{source}, 사건 %Ln개, {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>프린터를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>타임라인 인쇄</translation>
    </message>
    <message>
        <source>Sent the view to the printer</source>
        <translation>현재 보기를 프린터로 보냈습니다</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>{title} (read-only: editing is locked)</source>
        <translation>{title}(읽기 전용: 편집이 잠겨 있음)</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>출처 검색</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>sources</comment>
        <translation>모두(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <comment>sources</comment>
        <translation>없음(&amp;N)</translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation>모든 출처 표시</translation>
    </message>
    <message>
        <source>Hide all sources</source>
        <translation>모든 출처 숨기기</translation>
    </message>
    <message>
        <source>Show &amp;only this source</source>
        <translation>이 출처만 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;all sources</source>
        <translation>모든 출처 표시(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hide all sources</source>
        <translation>모든 출처 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;Kind column</source>
        <translation>유형 열 표시(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;Reliability column</source>
        <translation>신뢰도 열 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Undated events</source>
        <translation>날짜 없는 사건</translation>
    </message>
    <message>
        <source>Undated ({count}):</source>
        <translation>날짜 없음({count}):</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (listed in the Events table)</source>
        <translation>
            <numerusform>외 %Ln개(사건 표에 나열됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated event: {title}</source>
        <translation>날짜 없는 사건: {title}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Timeline App closed unexpectedly with unsaved changes to {name}.</source>
        <translation>Timeline App이 {name}의 변경 내용을 저장하지 않은 채 예기치 않게 종료되었습니다.</translation>
    </message>
    <message>
        <source>Recover them now, or keep them for next time?</source>
        <translation>지금 복구하시겠습니까, 아니면 다음을 위해 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>나중을 위해 보관(&amp;L)</translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>{name} could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation>
            <numerusform>{name}을(를) 열 수 없습니다. 문제 %Ln개가 발견되었습니다. 이미 열려 있는 문서는 변경되지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file could not be opened: %Ln problem(s) found. The document already open is unchanged.</source>
        <translation>
            <numerusform>파일을 열 수 없습니다. 문제 %Ln개가 발견되었습니다. 이미 열려 있는 문서는 변경되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the document&apos;s sources</source>
        <translation>문서의 출처에 없음</translation>
    </message>
    <message>
        <source>reliability {grade} ({meaning})</source>
        <translation>신뢰도 {grade}({meaning})</translation>
    </message>
    <message>
        <source>Claim (denies)</source>
        <translation>주장(부인)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>게시일 {date}</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>날짜 미기재</translation>
    </message>
    <message>
        <source>Affirms · published {date}</source>
        <translation>확인 · 게시일 {date}</translation>
    </message>
    <message>
        <source>Affirms · date not given</source>
        <translation>확인 · 날짜 미기재</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Cited: {citation}</source>
        <translation>인용: {citation}</translation>
    </message>
    <message>
        <source>Show more claims ({count} not shown)</source>
        <translation>주장 더 보기({count}개 숨겨짐)</translation>
    </message>
    <message>
        <source>Show more claims, {count} not shown</source>
        <translation>주장 더 보기, {count}개 숨겨짐</translation>
    </message>
    <message>
        <source>What {source} says</source>
        <translation>{source}의 주장</translation>
    </message>
    <message>
        <source>Affirms and ✗ Denies</source>
        <translation>확인 및 ✗ 부인</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>No date (undated)</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>{status} (set in the file)</source>
        <translation>{status}(파일에 설정됨)</translation>
    </message>
    <message>
        <source>{status} (derived from the claims)</source>
        <translation>{status}(주장에서 도출됨)</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>사건 세부 정보</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택된 사건 없음</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>사건 제목</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>사건 날짜</translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>사건 상태</translation>
    </message>
    <message>
        <source>Event tags</source>
        <translation>사건 태그</translation>
    </message>
    <message>
        <source>Event location</source>
        <translation>사건 위치</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>사건 설명</translation>
    </message>
    <message numerus="yes">
        <source>Claims: {claims} from %Ln source(s)</source>
        <translation>
            <numerusform>주장: 출처 %Ln개의 주장 {claims}개</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims: no source is cited for this event</source>
        <translation>주장 없음: 이 사건에 인용된 출처가 없습니다</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>기타 필드</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more field(s)</source>
        <translation>
            <numerusform>… 외 필드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in browser: {url}</source>
        <translation>브라우저에서 열기: {url}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Not opened (not an http or https link): {url}</source>
        <translation>열지 않음(http 또는 https 링크가 아님): {url}</translation>
    </message>
    <message>
        <source>Link (not clickable)</source>
        <translation>링크(클릭할 수 없음)</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>링크 주소 복사</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>브라우저에서 링크 열기</translation>
    </message>
    <message>
        <source>{date} (open)</source>
        <translation>{date}(열린 끝)</translation>
    </message>
    <message>
        <source>Start: {date}</source>
        <translation>시작: {date}</translation>
    </message>
    <message>
        <source>End: {date}</source>
        <translation>종료: {date}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>출처: {sources}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>상태: {status}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation>등급: {grades}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Lane: {name}</source>
        <translation>레인: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, listed in the Undated strip</source>
        <translation>
            <numerusform>날짜 없음 %Ln개, 날짜 없음 영역에 나열됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Reliability: {grade}</source>
        <translation>신뢰도: {grade}</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>접힘</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in time order (those the filter shows)</source>
        <translation>
            <numerusform>시간순 사건 %Ln개(필터에 표시되는 사건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged: {dates}</source>
        <translation>변경 없음: {dates}</translation>
    </message>
    <message>
        <source>Move to {dates}</source>
        <translation>{dates}(으)로 이동</translation>
    </message>
    <message>
        <source>New start: {dates}</source>
        <translation>새 시작: {dates}</translation>
    </message>
    <message>
        <source>New end: {dates}</source>
        <translation>새 종료: {dates}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>sources</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>unknown source id {ids} (known: {choices})</source>
        <translation>알 수 없는 출처 ID {ids}(사용 가능: {choices})</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn</source>
        <translation>
            <numerusform>레인 {lanes}개 중 {shown}개 표시: 사건 %Ln개가 그려지지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {lanes} lanes shown: %Ln event(s) not drawn (a taller picture, fewer sources or one lane shows them)</source>
        <translation>
            <numerusform>레인 {lanes}개 중 {shown}개 표시: 사건 %Ln개가 그려지지 않음(이미지를 더 높게 하거나, 출처를 줄이거나, 단일 레인으로 하면 표시됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>the range is empty: --to must come after --from</source>
        <translation>범위가 비어 있습니다: --to는 --from보다 뒤여야 합니다</translation>
    </message>
    <message>
        <source>lanes by source</source>
        <translation>출처별 레인</translation>
    </message>
    <message>
        <source>lanes by tag</source>
        <translation>태그별 레인</translation>
    </message>
    <message>
        <source>lanes by status</source>
        <translation>상태별 레인</translation>
    </message>
    <message>
        <source>one lane</source>
        <translation>단일 레인</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>{zone} 기준 시간</translation>
    </message>
    <message>
        <source>claims by date said</source>
        <translation>주장 발표일별 표시</translation>
    </message>
    <message>
        <source>sources: {sources}</source>
        <translation>출처: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) not drawn</source>
        <translation>
            <numerusform>날짜 없음 사건 %Ln개는 그려지지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s)</source>
        <translation>
            <numerusform>… 외 출처 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>no events from the chosen sources</source>
        <translation>선택한 출처의 사건 없음</translation>
    </message>
    <message>
        <source>unknown format {format}: use .png, .svg or .pdf</source>
        <translation>알 수 없는 형식 {format}: .png, .svg 또는 .pdf를 사용하십시오</translation>
    </message>
    <message>
        <source>cannot tell the format of {path}: name it .png, .svg or .pdf</source>
        <translation>{path}의 형식을 알 수 없습니다: 이름을 .png, .svg 또는 .pdf로 지정하십시오</translation>
    </message>
    <message>
        <source>{count} + {undated} undated</source>
        <translation>{count} + 날짜 없음 {undated}</translation>
    </message>
    <message>
        <source>Dragging pans the view. To move an event, click it first, then drag it.</source>
        <translation>드래그하면 보기가 이동합니다. 사건을 옮기려면 먼저 클릭한 다음 드래그하십시오.</translation>
    </message>
    <message>
        <source>This event has no end to resize</source>
        <translation>이 사건에는 크기를 조정할 종료가 없습니다</translation>
    </message>
    <message>
        <source>Select a drawn event first (Left/Right step through them)</source>
        <translation>먼저 그려진 사건을 선택하세요(←/→로 차례로 이동)</translation>
    </message>
    <message>
        <source>Select an event first: Alt+Up and Alt+Down fold its lane</source>
        <translation>먼저 사건을 선택하세요: Alt+↑와 Alt+↓로 그 레인을 접고 폅니다</translation>
    </message>
    <message>
        <source>Lane {name} collapsed (Alt+Down opens it)</source>
        <translation>레인 {name} 접힘(Alt+↓로 펼침)</translation>
    </message>
    <message>
        <source>Lane {name} opened</source>
        <translation>레인 {name} 펼침</translation>
    </message>
    <message>
        <source>Lane {name} shows all its rows</source>
        <translation>레인 {name}의 모든 행 표시</translation>
    </message>
    <message>
        <source>solid: surely within the dates</source>
        <translation>실선: 확실히 날짜 범위 내</translation>
    </message>
    <message>
        <source>faded: the whole period a date may mean</source>
        <translation>흐림: 날짜가 의미할 수 있는 전체 기간</translation>
    </message>
    <message>
        <source>hatched: approximate or uncertain extent</source>
        <translation>빗금: 대략적이거나 불확실한 범위</translation>
    </message>
    <message>
        <source>arrow: open end (no known end or start)</source>
        <translation>화살표: 열린 끝(종료 또는 시작을 알 수 없음)</translation>
    </message>
    <message>
        <source>⚠ dashed outline: disputed</source>
        <translation>⚠ 점선 테두리: 논란</translation>
    </message>
    <message>
        <source>hollow: this lane&apos;s source denies it</source>
        <translation>속이 빔: 이 레인의 출처가 부인함</translation>
    </message>
    <message>
        <source>struck through: denied</source>
        <translation>취소선: 부인됨</translation>
    </message>
    <message>
        <source>band: density (event counts)</source>
        <translation>띠: 밀도(사건 수)</translation>
    </message>
    <message>
        <source>+N more: events without a row (in the window, a click shows them)</source>
        <translation>+N개 더: 행에 들어가지 못한 사건(창에서 클릭하면 표시)</translation>
    </message>
    <message>
        <source>◇ or |–| under a bar, dotted to it: when its source said it</source>
        <translation>막대 아래의 ◇ 또는 |–|(점선으로 연결): 출처가 발표한 시점</translation>
    </message>
    <message>
        <source>orange underline, orange badge: low grade (reliability D–E, credibility 4–5)</source>
        <translation>주황색 밑줄, 주황색 배지: 낮은 등급(신뢰도 D–E, 신빙성 4–5)</translation>
    </message>
    <message>
        <source>dotted underline, ? badge: not graded</source>
        <translation>점선 밑줄, ? 배지: 등급 없음</translation>
    </message>
    <message>
        <source>+N</source>
        <comment>the legend&apos;s sample of +N more</comment>
        <translation>+N</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>lanes</comment>
        <translation>출처</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>lanes</comment>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>lanes</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>lanes</comment>
        <translation>사건</translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>타임라인 개요</translation>
    </message>
    <message>
        <source>The whole document in brief; the frame is the view</source>
        <translation>문서 전체 요약. 프레임은 현재 보기입니다</translation>
    </message>
    <message>
        <source>Drag the window to pan, its edges to zoom; click to jump</source>
        <translation>창을 드래그하여 이동하고 가장자리를 드래그하여 확대/축소합니다. 클릭하면 해당 위치로 이동합니다</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>사건 %Ln개 중 {shown}개</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({undated} undated)</source>
        <translation>{count}(날짜 없음 {undated})</translation>
    </message>
    <message>
        <source>{source} said, {when}:</source>
        <translation>{source} 발표, {when}:</translation>
    </message>
    <message>
        <source>About: {title}</source>
        <translation>대상: {title}</translation>
    </message>
    <message>
        <source>{count} more in view · click to open</source>
        <translation>보기 범위에 {count}개 더 · 클릭하여 열기</translation>
    </message>
    <message>
        <source>{count} more in view · click to zoom in</source>
        <translation>보기 범위에 {count}개 더 · 클릭하여 확대</translation>
    </message>
    <message>
        <source>{count} in view · click to open</source>
        <translation>보기 범위에 {count}개 · 클릭하여 열기</translation>
    </message>
    <message>
        <source>{count} in view · click to zoom in</source>
        <translation>보기 범위에 {count}개 · 클릭하여 확대</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count}개 더</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>날짜: {date}</translation>
    </message>
    <message>
        <source>Resolved: {date}</source>
        <translation>해석된 날짜: {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) + {undated} undated (not drawn: listed in the Undated strip)</source>
        <translation>
            <numerusform>사건 %Ln개 + 날짜 없음 {undated}개(그려지지 않음: 날짜 없음 영역에 나열됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation>열린 타임라인 없음</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Stronger lines, text and lane colours on the timeline</source>
        <translation>타임라인의 선, 글자, 레인 색을 더 진하게</translation>
    </message>
    <message>
        <source>give a date, not an open end</source>
        <translation>열린 끝(..)이 아니라 날짜를 입력하십시오</translation>
    </message>
    <message>
        <source>a publication date is in the years 1 to 9999</source>
        <translation>게시 날짜는 1년부터 9999년 사이여야 합니다</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes; an article is read up to {most}</source>
        <translation>{path}: 파일 크기가 {size}바이트입니다. 기사는 {most}바이트까지만 읽습니다</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the publication date: {problem}</source>
        <translation>게시 날짜: {problem}</translation>
    </message>
    <message>
        <source>{name}: this is not text (it holds NUL bytes)</source>
        <translation>{name}: 텍스트가 아닙니다(NUL 바이트가 들어 있음)</translation>
    </message>
    <message>
        <source>{name}: an HTML page without an article (no main text found)</source>
        <translation>{name}: 기사가 없는 HTML 페이지입니다(본문을 찾지 못함)</translation>
    </message>
    <message>
        <source>{name}: there is no text to read</source>
        <translation>{name}: 읽을 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>shares {share} of its key terms, and its dates, with “{title}”</source>
        <translation>“{title}”와(과) 핵심 용어의 {share}와 날짜가 같습니다</translation>
    </message>
    <message>
        <source>the publication date is not known, so dates relative to it (&quot;on Monday&quot;, &quot;in October&quot;) are left unplaced: give it</source>
        <translation>게시 날짜를 알 수 없어 이를 기준으로 한 날짜(&quot;월요일에&quot;, &quot;10월에&quot;)는 배치되지 않았습니다. 게시 날짜를 입력하십시오</translation>
    </message>
    <message>
        <source>no event with id &quot;{id}&quot;</source>
        <translation>ID가 &quot;{id}&quot;인 사건이 없습니다</translation>
    </message>
    <message>
        <source>1 cell starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run it as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation>= + - @ 탭 또는 CR로 시작하는 셀 1개 앞에 &apos;를 붙여 스프레드시트가 수식으로 실행하지 않도록 했습니다(Timeline App은 파일을 다시 읽을 때 이를 제거합니다. --raw를 쓰면 셀을 그대로 씁니다)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells starting with = + - @ tab or CR got a leading &apos; so that a spreadsheet does not run them as a formula (Timeline App removes it when it reads the file back; --raw writes cells as they are)</source>
        <translation>
            <numerusform>= + - @ 탭 또는 CR로 시작하는 셀 %Ln개 앞에 &apos;를 붙여 스프레드시트가 수식으로 실행하지 않도록 했습니다(Timeline App은 파일을 다시 읽을 때 이를 제거합니다. --raw를 쓰면 셀을 그대로 씁니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): claims have figures, stances, or quotes with a semicolon, that a CSV row cannot hold (kept: sources, links, quotes, dates)</source>
        <translation>
            <numerusform>사건 %Ln개: 주장에 CSV 행에 담을 수 없는 수치, 입장 또는 세미콜론이 든 인용문이 있습니다(보존됨: 출처, 링크, 인용문, 날짜)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s): media (picture or video link, caption, credit) not written; the TimelineJS template and the native format keep it</source>
        <translation>
            <numerusform>사건 %Ln개: 미디어(그림 또는 동영상 링크, 캡션, 출처 표기)는 기록되지 않았습니다. TimelineJS 템플릿과 기본 형식에는 보존됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source name holds ; or |, which a CSV cell puts between names, so it reads back as several sources: {names}</source>
        <translation>출처 이름 1개에 CSV 셀에서 이름을 구분하는 ; 또는 |가 들어 있어 다시 읽으면 여러 출처가 됩니다: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source names hold ; or |, which a CSV cell puts between names, so they read back as several sources: {names}</source>
        <translation>
            <numerusform>출처 이름 %Ln개에 CSV 셀에서 이름을 구분하는 ; 또는 |가 들어 있어 다시 읽으면 여러 출처가 됩니다: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 era is not written (a CSV row is an event); they stay in the native format</source>
        <translation>시대 1개는 기록되지 않았습니다(CSV 행은 사건입니다). 시대는 기본 형식에 남습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln eras are not written (a CSV row is an event); they stay in the native format</source>
        <translation>
            <numerusform>시대 %Ln개는 기록되지 않았습니다(CSV 행은 사건입니다). 시대는 기본 형식에 남습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column &quot;{column}&quot;: {grades} grades for %Ln claim(s) (give one for all, or one per source separated by &quot;;&quot;)</source>
        <translation>
            <numerusform>열 &quot;{column}&quot;: 주장 %Ln개에 등급이 {grades}개입니다(전체에 하나를 주거나 출처마다 하나씩 &quot;;&quot;로 구분하여 주십시오)</numerusform>
        </translation>
    </message>
    <message>
        <source>column &quot;{column}&quot;: {problem}</source>
        <translation>열 &quot;{column}&quot;: {problem}</translation>
    </message>
    <message>
        <source>{source} ({kept}, not {other})</source>
        <translation>{source}({kept}, {other} 아님)</translation>
    </message>
    <message>
        <source>1 source is graded differently on different rows; the first grade is kept: {sources}</source>
        <translation>출처 1개가 행마다 다르게 등급이 매겨져 있어 첫 번째 등급을 유지합니다: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources are graded differently on different rows; the first grade is kept: {sources}</source>
        <translation>
            <numerusform>출처 %Ln개가 행마다 다르게 등급이 매겨져 있어 첫 번째 등급을 유지합니다: {sources}</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot; (fields: {fields})</source>
        <translation>알 수 없는 필드 &quot;{field}&quot;(필드: {fields})</translation>
    </message>
    <message>
        <source>no column &quot;{column}&quot; in the header (columns: {columns})</source>
        <translation>머리글에 &quot;{column}&quot; 열이 없습니다(열: {columns})</translation>
    </message>
    <message>
        <source>{problem} (row not loaded)</source>
        <translation>{problem} (행을 불러오지 않음)</translation>
    </message>
    <message>
        <source>1 row has no date: kept as undated events</source>
        <translation>행 1개에 날짜가 없습니다: 날짜 없는 사건으로 유지</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no date: kept as undated events</source>
        <translation>
            <numerusform>행 %Ln개에 날짜가 없습니다: 날짜 없는 사건으로 유지</numerusform>
        </translation>
    </message>
    <message>
        <source>no date column: name one start, date, year … or choose it with --map start=COLUMN (columns: {columns})</source>
        <translation>날짜 열이 없습니다: 열 이름을 start, date, year 등으로 하거나 --map start=COLUMN으로 지정하십시오(열: {columns})</translation>
    </message>
    <message>
        <source>no title column: name one title, headline, event … or choose it with --map title=COLUMN (columns: {columns})</source>
        <translation>제목 열이 없습니다: 열 이름을 title, headline, event 등으로 하거나 --map title=COLUMN으로 지정하십시오(열: {columns})</translation>
    </message>
    <message>
        <source>row: {problem}</source>
        <translation>행: {problem}</translation>
    </message>
    <message>
        <source>not a time: &quot;{text}&quot; (expected a form like 14:30 or 2:30 PM)</source>
        <translation>시각이 아닙니다: &quot;{text}&quot;(14:30 또는 2:30 PM 같은 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>hour {value} does not exist on a 12-hour clock</source>
        <translation>12시간제에는 {value}시가 없습니다</translation>
    </message>
    <message>
        <source>a quoted cell is never closed: the file ends inside the quotes opened on this line</source>
        <translation>따옴표로 묶인 셀이 닫히지 않았습니다: 이 줄에서 연 따옴표 안에서 파일이 끝납니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has {columns} columns; Timeline App reads at most {most}</source>
        <translation>머리글에 열이 {columns}개 있습니다. Timeline App은 최대 {most}개까지 읽습니다</translation>
    </message>
    <message>
        <source>a cell is longer than {most} characters (the most Timeline App reads)</source>
        <translation>셀이 {most}자보다 깁니다(Timeline App이 읽는 최대 길이)</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text (CSV) file, or not in this encoding</source>
        <translation>파일에 NUL 바이트가 있습니다: 텍스트(CSV) 파일이 아니거나 이 인코딩이 아닙니다</translation>
    </message>
    <message>
        <source>unknown encoding &quot;{encoding}&quot; (try utf-8, cp1252, mac_roman, utf-16)</source>
        <translation>알 수 없는 인코딩 &quot;{encoding}&quot;(utf-8, cp1252, mac_roman, utf-16을 시도해 보십시오)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding} (e.g. &quot;{example}&quot;). If letters look wrong, {advice}</source>
        <translation>{name}: UTF-8이 아니어서 {encoding}(으)로 읽었습니다(예: &quot;{example}&quot;). 글자가 이상하게 보이면 {advice}</translation>
    </message>
    <message>
        <source>{name}: not UTF-8; read as {encoding}. If letters look wrong, {advice}</source>
        <translation>{name}: UTF-8이 아니어서 {encoding}(으)로 읽었습니다. 글자가 이상하게 보이면 {advice}</translation>
    </message>
    <message>
        <source>choose the encoding: --encoding {other}</source>
        <translation>인코딩을 선택하십시오: --encoding {other}</translation>
    </message>
    <message>
        <source>byte {byte} cannot be read</source>
        <translation>바이트 {byte}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}: {reason}</source>
        <translation>파일이 올바른 {encoding}이(가) 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision; not used: {others})</source>
        <translation>&quot;{column}&quot; 열에서 날짜를 읽었습니다({precision} 정밀도, 사용 안 함: {others})</translation>
    </message>
    <message>
        <source>dates read from column &quot;{column}&quot; ({precision} precision)</source>
        <translation>&quot;{column}&quot; 열에서 날짜를 읽었습니다({precision} 정밀도)</translation>
    </message>
    <message>
        <source>year</source>
        <comment>a precision</comment>
        <translation>연</translation>
    </message>
    <message>
        <source>season</source>
        <translation>계절</translation>
    </message>
    <message>
        <source>month</source>
        <comment>a precision</comment>
        <translation>월</translation>
    </message>
    <message>
        <source>day</source>
        <comment>a precision</comment>
        <translation>일</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>a precision</comment>
        <translation>시</translation>
    </message>
    <message>
        <source>minute</source>
        <comment>a precision</comment>
        <translation>분</translation>
    </message>
    <message>
        <source>second</source>
        <comment>a precision</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>{code} is not a precision code ({codes})</source>
        <translation>{code}은(는) 정밀도 코드가 아닙니다({codes})</translation>
    </message>
    <message numerus="yes">
        <source>every time of day is midnight UTC (T00:00:00Z): %Ln date(s) read at day precision</source>
        <translation>
            <numerusform>모든 시각이 UTC 자정(T00:00:00Z)입니다: 날짜 %Ln개를 일 단위 정밀도로 읽었습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, read as events, but they do not load:</source>
        <translation>
            <numerusform>{where}에서 레코드 %Ln개를 찾아 사건으로 읽었지만 불러올 수 없습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: found %Ln records at {where}; read as a list of events</source>
        <translation>
            <numerusform>{name}: {where}에서 레코드 %Ln개를 찾아 사건 목록으로 읽었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate id &quot;{id}&quot; (also {place})</source>
        <translation>중복된 ID &quot;{id}&quot;({place}에도 있음)</translation>
    </message>
    <message>
        <source>expected an event object, got {value}</source>
        <translation>사건 객체가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected a source name or a list of names, got {value}</source>
        <translation>출처 이름이나 이름 목록이 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end}은(는) 시작 {start}보다 이전입니다</translation>
    </message>
    <message>
        <source>blank (the id or name of a source is needed)</source>
        <translation>비어 있음(출처의 ID나 이름이 필요합니다)</translation>
    </message>
    <message>
        <source>unknown source &quot;{source}&quot; (not in the document&apos;s sources)</source>
        <translation>알 수 없는 출처 &quot;{source}&quot;(문서의 출처에 없음)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(이름 있는 파이프)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>알 수 없는 종류의 파일</translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file</source>
        <translation>{kind}이며 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is {bytes} bytes ({size} MB); Timeline App opens files of up to {most} MB</source>
        <translation>파일 크기가 {bytes}바이트({size}MB)입니다. Timeline App은 최대 {most}MB 파일까지 엽니다</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation>{kind}이며 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; Timeline App reads only regular files</source>
        <translation>{kind}이며 일반 파일이 아닙니다. Timeline App은 일반 파일만 읽습니다</translation>
    </message>
    <message>
        <source>JSON: duplicate key &quot;{key}&quot; (also at line {line}, column {column}); each key may appear once in an object, or programs disagree on which value counts</source>
        <translation>JSON: 키 &quot;{key}&quot;가 중복되었습니다({line}행 {column}열에도 있음). 한 객체에서 각 키는 한 번만 나와야 하며, 그렇지 않으면 프로그램마다 어느 값을 쓸지 달라집니다</translation>
    </message>
    <message>
        <source>JSON: an object has the same key twice</source>
        <translation>JSON: 한 객체에 같은 키가 두 번 있습니다</translation>
    </message>
    <message>
        <source>not valid {encoding} (byte {byte} of the file)</source>
        <translation>올바른 {encoding}이(가) 아닙니다(파일의 {byte}번째 바이트)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: {reason}</source>
        <translation>파일이 올바른 UTF-8이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>JSON syntax: {problem}</source>
        <translation>JSON 구문: {problem}</translation>
    </message>
    <message>
        <source>JSON: {token} is too large for a number</source>
        <translation>JSON: {token}은(는) 숫자로 쓰기에 너무 큽니다</translation>
    </message>
    <message>
        <source>JSON: {token} is not valid JSON (numbers must be finite)</source>
        <translation>JSON: {token}은(는) 올바른 JSON이 아닙니다(숫자는 유한해야 합니다)</translation>
    </message>
    <message>
        <source>JSON: a number with more than {digits} digits is too long to read</source>
        <translation>JSON: {digits}자리를 넘는 숫자는 너무 길어서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not enough memory to read this file</source>
        <translation>이 파일을 읽기에 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the file ends before the JSON value is complete</source>
        <translation>JSON 값이 끝나기 전에 파일이 끝납니다</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON 값이 끝난 뒤에 예상하지 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <comment>JSON syntax</comment>
        <translation>값이 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation>쉼표(,)가 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <comment>JSON syntax</comment>
        <translation>콜론(:)이 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <comment>JSON syntax</comment>
        <translation>큰따옴표로 묶은 키 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <comment>JSON syntax: a string&apos;s opening quote</comment>
        <translation>여기에서 시작한 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <comment>JSON syntax: a character in a string</comment>
        <translation>여기에 잘못된 제어 문자가 있습니다</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <comment>JSON syntax</comment>
        <translation>잘못된 \ 이스케이프</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <comment>JSON syntax</comment>
        <translation>잘못된 \uXXXX 이스케이프</translation>
    </message>
    <message>
        <source>JSON: {escape} is half of a character (an unpaired UTF-16 surrogate escape)</source>
        <translation>JSON: {escape}은(는) 문자의 절반입니다(짝이 없는 UTF-16 서로게이트 이스케이프)</translation>
    </message>
    <message>
        <source>1 record has no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation>레코드 1개에 제목이 없습니다: 설명(또는 &quot;Untitled&quot;)에서 제목을 만들었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no title: titled from the description (or &quot;Untitled&quot;)</source>
        <translation>
            <numerusform>레코드 %Ln개에 제목이 없습니다: 설명(또는 &quot;Untitled&quot;)에서 제목을 만들었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record has no date: kept as undated events</source>
        <translation>레코드 1개에 날짜가 없습니다: 날짜 없는 사건으로 유지</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records have no date: kept as undated events</source>
        <translation>
            <numerusform>레코드 %Ln개에 날짜가 없습니다: 날짜 없는 사건으로 유지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) or citations read as claims (sources named from the links)</source>
        <translation>
            <numerusform>링크 또는 인용 %Ln개를 주장으로 읽었습니다(출처 이름은 링크에서 따옴)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %Ln records at {where}, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>{where}에서 레코드 %Ln개를 찾았지만 사건을 만들 날짜, 제목 또는 텍스트가 있는 레코드가 없습니다(필드: {fields})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %Ln records, but none has a date, title or text to make an event from (fields: {fields})</source>
        <translation>
            <numerusform>레코드 %Ln개의 목록이지만 사건을 만들 날짜, 제목 또는 텍스트가 있는 레코드가 없습니다(필드: {fields})</numerusform>
        </translation>
    </message>
    <message>
        <source>a GeoJSON file (map features, not events)</source>
        <translation>GeoJSON 파일(사건이 아니라 지도 객체)</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>빈 객체</translation>
    </message>
    <message>
        <source>an object with keys {keys} and no list of records in it</source>
        <translation>키가 {keys}이고 레코드 목록이 없는 객체</translation>
    </message>
    <message>
        <source>{name}: written by a newer version (format version {version}); fields this version does not know are kept as they are</source>
        <translation>{name}: 더 새로운 버전에서 작성되었습니다(형식 버전 {version}). 이 버전이 모르는 필드는 그대로 보존됩니다</translation>
    </message>
    <message>
        <source>duplicate source id &quot;{id}&quot;</source>
        <translation>중복된 출처 ID &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>nested too deeply: Timeline App reads and writes at most {levels} levels of [ and {{ in a document</source>
        <translation>너무 깊게 중첩되었습니다: Timeline App은 문서에서 [ 및 {{을(를) 최대 {levels}단계까지 읽고 씁니다</translation>
    </message>
    <message>
        <source>{name}: … and more problems; stopped reading at {place}</source>
        <translation>{name}: … 외 더 많은 문제. {place}에서 읽기를 멈췄습니다</translation>
    </message>
    <message numerus="yes">
        <source>{name}: … and %Ln more problem(s)</source>
        <translation>
            <numerusform>{name}: … 외 문제 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a JSON value</comment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a JSON value</comment>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>a JSON value</comment>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON value</comment>
        <translation>객체</translation>
    </message>
    <message>
        <source>byte {byte} continues a character that never started (a stray continuation byte)</source>
        <translation>바이트 {byte}은(는) 시작하지 않은 문자를 잇고 있습니다(길 잃은 연속 바이트)</translation>
    </message>
    <message>
        <source>overlong sequence: byte {byte} starts a character written with more bytes than it needs, which UTF-8 does not allow</source>
        <translation>과잉 길이 시퀀스: 바이트 {byte}이(가) 필요보다 많은 바이트로 쓴 문자를 시작하며, UTF-8은 이를 허용하지 않습니다</translation>
    </message>
    <message>
        <source>byte {byte} never appears in UTF-8</source>
        <translation>바이트 {byte}은(는) UTF-8에 나올 수 없습니다</translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but the file ends after {got} of its {needed} continuation bytes</source>
        <translation>잘린 시퀀스: 바이트 {byte}이(가) {size}바이트 문자를 시작하지만 연속 바이트 {needed}개 중 {got}개 뒤에서 파일이 끝납니다</translation>
    </message>
    <message>
        <source>truncated sequence: byte {byte} starts a {size}-byte character, but byte {next} comes after {got} of its {needed} continuation bytes</source>
        <translation>잘린 시퀀스: 바이트 {byte}이(가) {size}바이트 문자를 시작하지만 연속 바이트 {needed}개 중 {got}개 뒤에 바이트 {next}이(가) 옵니다</translation>
    </message>
    <message>
        <source>; is the file in another encoding, such as Windows-1252?</source>
        <translation>. 파일이 Windows-1252 같은 다른 인코딩입니까?</translation>
    </message>
    <message>
        <source>surrogate: bytes {bytes} encode {code}, half of a UTF-16 pair, which UTF-8 does not allow</source>
        <translation>서로게이트: 바이트 {bytes}은(는) UTF-16 쌍의 절반인 {code}을(를) 나타내며, UTF-8은 이를 허용하지 않습니다</translation>
    </message>
    <message>
        <source>overlong sequence: bytes {bytes} use more bytes than the character needs</source>
        <translation>과잉 길이 시퀀스: 바이트 {bytes}은(는) 문자에 필요한 것보다 많은 바이트를 씁니다</translation>
    </message>
    <message>
        <source>bytes {bytes} are beyond U+10FFFF, the last Unicode character</source>
        <translation>바이트 {bytes}은(는) 마지막 유니코드 문자인 U+10FFFF를 넘습니다</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>객체가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>텍스트가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>숫자가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation>목록이 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true 또는 false가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected a finite number, got {value}</source>
        <translation>유한한 숫자가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>없음(필수)</translation>
    </message>
    <message>
        <source>too long: {size} characters (at most {most})</source>
        <translation>너무 깁니다: {size}자(최대 {most}자)</translation>
    </message>
    <message>
        <source>expected one of {choices}, got {value}</source>
        <translation>{choices} 중 하나가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>the file holds only zero bytes (NUL); it was probably damaged while being written</source>
        <translation>파일에 0 바이트(NUL)만 있습니다. 기록 중에 손상되었을 가능성이 큽니다</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark; save it as UTF-8</source>
        <translation>파일이 바이트 순서 표시 없는 UTF-16으로 보입니다. UTF-8로 저장하십시오</translation>
    </message>
    <message>
        <source>the list holds no objects with fields to map</source>
        <translation>목록에 대응시킬 필드가 있는 객체가 없습니다</translation>
    </message>
    <message>
        <source>the records have {fields} different fields; Timeline App maps at most {most}</source>
        <translation>레코드에 서로 다른 필드가 {fields}개 있습니다. Timeline App은 최대 {most}개까지 대응시킵니다</translation>
    </message>
    <message>
        <source>expected a timeline document (an object with &quot;events&quot;) or a JSON list of events, got {value}</source>
        <translation>타임라인 문서(&quot;events&quot;가 있는 객체)나 사건의 JSON 목록이 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>a value cannot be written as JSON ({error})</source>
        <translation>값을 JSON으로 쓸 수 없습니다({error})</translation>
    </message>
    <message>
        <source>not enough memory to write the document</source>
        <translation>문서를 쓰기에 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. The file on disk was not changed.</source>
        <translation>{path}을(를) 저장할 수 없습니다: {reason}. 디스크의 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not save: {reason}. The file on disk was not changed.</source>
        <translation>저장할 수 없습니다: {reason}. 디스크의 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} had 1 other hard link; an atomic save writes a new file, so it keeps the old content</source>
        <translation>{path}에 다른 하드 링크가 1개 있었습니다. 원자적 저장은 새 파일을 쓰므로 그 링크는 이전 내용을 유지합니다</translation>
    </message>
    <message numerus="yes">
        <source>{path} had %Ln other hard links; an atomic save writes a new file, so they keep the old content</source>
        <translation>
            <numerusform>{path}에 다른 하드 링크가 %Ln개 있었습니다. 원자적 저장은 새 파일을 쓰므로 그 링크들은 이전 내용을 유지합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>디스크 할당량을 초과했습니다</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is not writable)</source>
        <translation>권한이 없습니다(파일이나 폴더에 쓸 수 없음)</translation>
    </message>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>폴더가 읽기 전용 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>the path is a folder</source>
        <translation>경로가 폴더입니다</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>this looks like a PDF document, not a timeline</source>
        <translation>타임라인이 아니라 PDF 문서로 보입니다</translation>
    </message>
    <message>
        <source>this looks like a ZIP archive (an Excel .xlsx, Word or OpenDocument file is one), not a timeline; save the sheet as CSV to import it</source>
        <translation>타임라인이 아니라 ZIP 압축 파일(Excel .xlsx, Word, OpenDocument 파일도 여기에 해당)로 보입니다. 가져오려면 시트를 CSV로 저장하십시오</translation>
    </message>
    <message>
        <source>this looks like an old Microsoft Office file (.xls, .doc), not a timeline; save the sheet as CSV to import it</source>
        <translation>타임라인이 아니라 오래된 Microsoft Office 파일(.xls, .doc)로 보입니다. 가져오려면 시트를 CSV로 저장하십시오</translation>
    </message>
    <message>
        <source>this looks like a PNG image, not a timeline</source>
        <translation>타임라인이 아니라 PNG 이미지로 보입니다</translation>
    </message>
    <message>
        <source>this looks like a JPEG image, not a timeline</source>
        <translation>타임라인이 아니라 JPEG 이미지로 보입니다</translation>
    </message>
    <message>
        <source>this looks like a GIF image, not a timeline</source>
        <translation>타임라인이 아니라 GIF 이미지로 보입니다</translation>
    </message>
    <message>
        <source>this looks like an SQLite database, not a timeline</source>
        <translation>타임라인이 아니라 SQLite 데이터베이스로 보입니다</translation>
    </message>
    <message>
        <source>this looks like a gzip-compressed file, not a timeline; uncompress it first</source>
        <translation>타임라인이 아니라 gzip으로 압축된 파일로 보입니다. 먼저 압축을 푸십시오</translation>
    </message>
    <message>
        <source>this looks like a bzip2-compressed file, not a timeline; uncompress it first</source>
        <translation>타임라인이 아니라 bzip2로 압축된 파일로 보입니다. 먼저 압축을 푸십시오</translation>
    </message>
    <message>
        <source>this looks like an xz-compressed file, not a timeline; uncompress it first</source>
        <translation>타임라인이 아니라 xz로 압축된 파일로 보입니다. 먼저 압축을 푸십시오</translation>
    </message>
    <message>
        <source>this looks like a 7-Zip archive, not a timeline</source>
        <translation>타임라인이 아니라 7-Zip 압축 파일로 보입니다</translation>
    </message>
    <message>
        <source>this looks like an RTF document, not a timeline</source>
        <translation>타임라인이 아니라 RTF 문서로 보입니다</translation>
    </message>
    <message>
        <source>this looks like a web page (HTML), not a timeline; save the table in it as CSV to import it</source>
        <translation>타임라인이 아니라 웹 페이지(HTML)로 보입니다. 가져오려면 그 안의 표를 CSV로 저장하십시오</translation>
    </message>
    <message>
        <source>this is The Timeline Project&apos;s old text format (version 0.9 and before), which Timeline App does not read; open it in The Timeline Project and save it: that writes its XML format, which Timeline App imports</source>
        <translation>The Timeline Project의 옛 텍스트 형식(버전 0.9 이하)이며 Timeline App은 이 형식을 읽지 않습니다. The Timeline Project에서 열어 저장하면 XML 형식으로 기록되며, Timeline App은 그 형식을 가져옵니다</translation>
    </message>
    <message>
        <source>the XML declares a document type or entities, which Timeline App does not read (they can make a small file expand without limit)</source>
        <translation>XML에 문서 형식이나 엔터티 선언이 있으며 Timeline App은 이를 읽지 않습니다(작은 파일을 한없이 부풀릴 수 있음)</translation>
    </message>
    <message>
        <source>XML syntax: {problem}</source>
        <translation>XML 구문: {problem}</translation>
    </message>
    <message>
        <source>this looks like an XML file whose root element is &lt;{element}&gt;, not a timeline (Timeline App reads The Timeline Project&apos;s &lt;timeline&gt; XML)</source>
        <translation>타임라인이 아니라 루트 요소가 &lt;{element}&gt;인 XML 파일로 보입니다(Timeline App은 The Timeline Project의 &lt;timeline&gt; XML을 읽습니다)</translation>
    </message>
    <message>
        <source>this Timeline Project file counts time in plain numbers (timetype numtime), not dates; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation>이 Timeline Project 파일은 날짜가 아니라 단순한 숫자로 시간을 셉니다(timetype numtime). Timeline App은 그레고리력 날짜만 읽습니다(The Timeline Project에서 그레고리력 시간으로 새 타임라인을 만드십시오)</translation>
    </message>
    <message>
        <source>this Timeline Project file uses the calendar &quot;{calendar}&quot;; Timeline App reads Gregorian dates only (in The Timeline Project, make a new timeline with Gregorian time)</source>
        <translation>이 Timeline Project 파일은 &quot;{calendar}&quot; 달력을 사용합니다. Timeline App은 그레고리력 날짜만 읽습니다(The Timeline Project에서 그레고리력 시간으로 새 타임라인을 만드십시오)</translation>
    </message>
    <message>
        <source>{problem} (not loaded)</source>
        <translation>{problem} (불러오지 않음)</translation>
    </message>
    <message>
        <source>{name}: {place}: the end lies before the start; read as a moment at the start (the end as written is kept in the field {field})</source>
        <translation>{name}: {place}: 끝이 시작보다 앞섭니다. 시작 시점의 순간으로 읽었습니다(적힌 끝은 {field} 필드에 보존됨)</translation>
    </message>
    <message>
        <source>{name}: every time of day is midnight: dates read at day precision</source>
        <translation>{name}: 모든 시각이 자정입니다: 날짜를 일 단위 정밀도로 읽었습니다</translation>
    </message>
    <message>
        <source>expected {{&quot;at&quot;: position, &quot;event&quot;: {{…}}}}</source>
        <translation>{{&quot;at&quot;: 위치, &quot;event&quot;: {{…}}}}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>사건이 아닙니다</translation>
    </message>
    <message>
        <source>a TimelineJS file needs a list of slides (&quot;timeline&quot;: {{&quot;date&quot;: [...]}})</source>
        <translation>TimelineJS 파일에는 슬라이드 목록이 있어야 합니다(&quot;timeline&quot;: {{&quot;date&quot;: [...]}})</translation>
    </message>
    <message>
        <source>a TimelineJS file needs an &quot;events&quot; list</source>
        <translation>TimelineJS 파일에는 &quot;events&quot; 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>events: expected a list, got {value}</source>
        <translation>events: 목록이 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected an object with year, month, day …, got {value}</source>
        <translation>year, month, day 등이 있는 객체가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>{key} &quot;{value}&quot; is not a whole number</source>
        <translation>{key} &quot;{value}&quot;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{key}: expected a whole number, got {value}</source>
        <translation>{key}: 정수가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place: not shown on the published page, kept in the file&apos;s {key} data</source>
        <translation>사건 &quot;{id}&quot;에는 TimelineJS가 배치할 수 있는 날짜가 없습니다: 게시된 페이지에는 표시되지 않고 파일의 {key} 데이터에 보존됩니다</translation>
    </message>
    <message>
        <source>event &quot;{id}&quot; has no date TimelineJS can place; left out</source>
        <translation>사건 &quot;{id}&quot;에는 TimelineJS가 배치할 수 있는 날짜가 없어 제외했습니다</translation>
    </message>
    <message>
        <source>expected a slide object, got {value}</source>
        <translation>슬라이드 객체가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>expected an era object, got {value}</source>
        <translation>시대 객체가 필요하지만 {value}입니다</translation>
    </message>
    <message>
        <source>missing (an era needs an end)</source>
        <translation>없음(시대에는 끝이 필요합니다)</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 사건</translation>
    </message>
    <message>
        <source>year {value} does not exist</source>
        <translation>{value}년은 존재하지 않습니다</translation>
    </message>
    <message>
        <source>month {value} does not exist</source>
        <translation>{value}월은 존재하지 않습니다</translation>
    </message>
    <message>
        <source>day {value} does not exist</source>
        <translation>{value}일은 존재하지 않습니다</translation>
    </message>
    <message>
        <source>hour {value} does not exist</source>
        <translation>{value}시는 존재하지 않습니다</translation>
    </message>
    <message>
        <source>minute {value} does not exist</source>
        <translation>{value}분은 존재하지 않습니다</translation>
    </message>
    <message>
        <source>second {value} does not exist</source>
        <translation>{value}초는 존재하지 않습니다</translation>
    </message>
    <message>
        <source>millisecond {value} does not exist</source>
        <translation>{value}밀리초는 존재하지 않습니다</translation>
    </message>
    <message>
        <source>day {day} is not in months {months}</source>
        <translation>{months}월에는 {day}일이 없습니다</translation>
    </message>
    <message>
        <source>day {day} is not in {month}</source>
        <translation>{month}에는 {day}일이 없습니다</translation>
    </message>
    <message>
        <source>day {day} is not in {month} {year}</source>
        <translation>{year} {month}에는 {day}일이 없습니다</translation>
    </message>
    <message>
        <source>not a date: &apos;{text}&apos; (expected a form like 2024, 2024-10, 2024-10-18 or 2024-10-18T09:30:00+09:00)</source>
        <translation>날짜가 아닙니다: &apos;{text}&apos;(2024, 2024-10, 2024-10-18 또는 2024-10-18T09:30:00+09:00 같은 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>an open date (..) cannot be approximate or uncertain</source>
        <translation>열린 날짜(..)는 대략적이거나 불확실할 수 없습니다</translation>
    </message>
    <message>
        <source>use one qualifier: ~ approximate, ? uncertain, % both</source>
        <translation>한정자는 하나만 쓰십시오: ~ 대략적, ? 불확실, % 둘 다</translation>
    </message>
    <message>
        <source>a qualifier (~, ? or %) can only come at the end of the date</source>
        <translation>한정자(~, ? 또는 %)는 날짜 끝에만 올 수 있습니다</translation>
    </message>
    <message>
        <source>a compact date ({form}); write it with dashes, e.g. {example}</source>
        <translation>붙여 쓴 날짜({form})입니다. 예: {example}처럼 하이픈을 넣어 쓰십시오</translation>
    </message>
    <message>
        <source>a year with more than four digits needs a Y prefix, e.g. Y12345</source>
        <translation>네 자리를 넘는 연도 앞에는 Y를 붙여야 합니다. 예: Y12345</translation>
    </message>
    <message>
        <source>a Y year stands alone, as Y and digits: Y12345 or Y-13800000000</source>
        <translation>Y 연도는 Y와 숫자만으로 단독으로 씁니다: Y12345 또는 Y-13800000000</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a day&apos;s date: 27 Oct 2024</comment>
        <translation>{year} {month} {day}일</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day&apos;s date without its year: 27 Oct</comment>
        <translation>{month} {day}일</translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>a day of the month alone, on the time axis: 27</comment>
        <translation>{day}일</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month of a year: Oct 2024</comment>
        <translation>{year} {month}</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <comment>days of one month: 1–31 Oct 2024</comment>
        <translation>{year} {month} {first}–{last}일</translation>
    </message>
    <message>
        <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
        <comment>days of one year: 27 Oct – 3 Nov 2024</comment>
        <translation>{year} {first_month} {first_day}일 – {last_month} {last_day}일</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <comment>months of one year: Oct–Dec 2024</comment>
        <translation>{year} {first}–{last}</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <comment>a decade: 2020s</comment>
        <translation>{decade}년대</translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year of the common era, alone: 2024</comment>
        <translation>{year}년</translation>
    </message>
    <message>
        <source>AD {year}</source>
        <comment>a year said to be of the common era: AD 1, AD 2 million</comment>
        <translation>서기 {year}년</translation>
    </message>
    <message>
        <source>{year} BC</source>
        <comment>a year before the common era: 44 BC</comment>
        <translation>기원전 {year}년</translation>
    </message>
    <message>
        <source>{years} years ago</source>
        <comment>deep time: 13.8 billion years ago</comment>
        <translation>{years} 년 전</translation>
    </message>
    <message>
        <source>about {date}</source>
        <comment>a year a file gives rounded off: about 1 trillion years ago</comment>
        <translation>약 {date}</translation>
    </message>
    <message>
        <source>{number} {scale}</source>
        <comment>a big number: 13.8 billion</comment>
        <translation>{number}{scale}</translation>
    </message>
    <message>
        <source>Spring {year}</source>
        <translation>{year} 봄</translation>
    </message>
    <message>
        <source>Summer {year}</source>
        <translation>{year} 여름</translation>
    </message>
    <message>
        <source>Autumn {year}</source>
        <translation>{year} 가을</translation>
    </message>
    <message>
        <source>Winter {year}</source>
        <comment>December of the year to February of the next</comment>
        <translation>{year} 겨울</translation>
    </message>
    <message>
        <source>{weekday} {date} {time} {zone}</source>
        <comment>a time of day with its weekday and zone: Sun 27 Apr 2025 19:00 EDT</comment>
        <translation>{date} ({weekday}) {time} {zone}</translation>
    </message>
    <message>
        <source>approximate</source>
        <comment>a date</comment>
        <translation>대략적</translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>a date</comment>
        <translation>불확실</translation>
    </message>
    <message>
        <source>unspecified</source>
        <comment>a date with X digits</comment>
        <translation>일부 미상</translation>
    </message>
    <message>
        <source>open (unknown)</source>
        <comment>a date written ..</comment>
        <translation>열림(알 수 없음)</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an unknown date or time</comment>
        <translation>열림</translation>
    </message>
    <message>
        <source>3 thousand; 6 million; 9 billion; 12 trillion; 15 quadrillion</source>
        <comment>the powers of ten big numbers are named by, with their names (Korean names 4, 8 and 12)</comment>
        <translation>4 만; 8 억; 12 조; 16 경</translation>
    </message>
    <message>
        <source>a date must be text, not {type}</source>
        <translation>날짜는 {type}이(가) 아니라 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>빈 날짜</translation>
    </message>
    <message>
        <source>a time zone [..] needs a time of day before it</source>
        <translation>시간대 [..] 앞에는 시각이 있어야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>a year can have at most %Ln digit(s)</source>
        <translation>
            <numerusform>연도는 최대 %Ln자리까지 쓸 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>a season ({season}) cannot have a day</source>
        <translation>계절({season})에는 일을 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>a date with unspecified digits (X) cannot have a time</source>
        <translation>미상 자릿수(X)가 있는 날짜에는 시각을 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the year: {text}</source>
        <translation>X는 연도의 마지막 자릿수만 대신할 수 있습니다: {text}</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the month: {text}</source>
        <translation>X는 월의 마지막 자릿수만 대신할 수 있습니다: {text}</translation>
    </message>
    <message>
        <source>X can only replace the last digits of the day: {text}</source>
        <translation>X는 일의 마지막 자릿수만 대신할 수 있습니다: {text}</translation>
    </message>
    <message>
        <source>a year needs at least one digit; write .. for an unknown date</source>
        <translation>연도에는 숫자가 하나 이상 있어야 합니다. 알 수 없는 날짜는 ..로 쓰십시오</translation>
    </message>
    <message>
        <source>time zone offset {offset} does not exist</source>
        <translation>시간대 오프셋 {offset}은(는) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>offset {offset} is not {zone}&apos;s on that day ({right})</source>
        <translation>오프셋 {offset}은(는) 그날 {zone}의 오프셋이 아닙니다({right})</translation>
    </message>
    <message>
        <source>an interval has one / between its start and end</source>
        <translation>기간에는 시작과 끝 사이에 /가 하나 있어야 합니다</translation>
    </message>
    <message>
        <source>an interval needs a start or an end</source>
        <translation>기간에는 시작이나 끝이 있어야 합니다</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>an event with id &quot;{id}&quot; already exists</source>
        <translation>ID가 &quot;{id}&quot;인 사건이 이미 있습니다</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>삭제할 것이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Events</source>
        <translation>
            <numerusform>사건 %Ln개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>a source with id &quot;{id}&quot; already exists</source>
        <translation>ID가 &quot;{id}&quot;인 출처가 이미 있습니다</translation>
    </message>
    <message>
        <source>no source with id &quot;{id}&quot;</source>
        <translation>ID가 &quot;{id}&quot;인 출처가 없습니다</translation>
    </message>
    <message>
        <source>merge needs two different sources of this document</source>
        <translation>병합하려면 이 문서의 서로 다른 출처 두 개가 필요합니다</translation>
    </message>
    <message numerus="yes">
        <source>this source is still cited by %Ln event(s): reassign or remove their claims first</source>
        <translation>
            <numerusform>이 출처를 아직 사건 %Ln개가 인용하고 있습니다: 먼저 해당 주장을 다른 출처로 옮기거나 삭제하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Document</source>
        <translation>문서 편집</translation>
    </message>
    <message>
        <source>grade {grade} is not a letter A–F followed by a digit 1–6, like &quot;B2&quot;</source>
        <translation>등급 {grade}은(는) &quot;B2&quot;처럼 A–F 문자 뒤에 1–6 숫자가 오는 형식이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value}은(는) {allowed} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos;</source>
        <translation>알 수 없는 시간대 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos; (expected an IANA name such as Asia/Seoul, UTC or an offset such as +09:00)</source>
        <translation>알 수 없는 시간대 &apos;{name}&apos;(Asia/Seoul 같은 IANA 이름, UTC 또는 +09:00 같은 오프셋이어야 합니다)</translation>
    </message>
    <message>
        <source>{time} did not exist in {zone} on {day} (the clocks were put forward)</source>
        <translation>{day} {zone}에는 {time}이(가) 없었습니다(시계를 앞당김)</translation>
    </message>
</context>
</TS>
