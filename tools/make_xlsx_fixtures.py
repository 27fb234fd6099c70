#!/usr/bin/env python3
"""Writes the .xlsx fixtures of Tests/StageCoreTests/XLSXReaderTests.swift into Tests/Fixtures/xlsx/,
and the seeds of the FuzzXLSX fuzz target into Fuzz/seeds/xlsx/.

    python3 tools/make_xlsx_fixtures.py [--openpyxl]

openpyxl-deals.xlsx is written by openpyxl (pip install openpyxl) when it is missing or with
--openpyxl; openpyxl stamps it with the time, so it is kept rather than rewritten each run.

There is no Excel here, so the workbooks are written part by part with zipfile, shaped as
Excel 365 writes them: the same part names, namespaces, relationship ids, shared strings
(rich-text runs, phonetic guides, xml:space="preserve", _x000D_ escapes), a styles.xml whose
cellXfs use the built-in date formats 14 and 22 and a custom "yyyy-mm-dd hh:mm", and numbers
with the 17 significant digits Excel stores (9225.225 is written 9225.2250000000004). Dates are
serials: 1900 system, and the same workbook again in the 1904 system. Other fixtures are shaped
as a streaming writer (Apache POI's SXSSF) writes them, with inline strings, or are broken on
purpose: not a zip, an old .xls, an .ods, a .docx, a missing sheet, malformed XML, zip bombs,
a deflate stream that runs past its entry, a bad checksum.

The other zips are deterministic (fixed timestamps): running this again changes nothing.
"""
import datetime, os, struct, sys, zipfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
STAMP = (2024, 3, 1, 12, 0, 0)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_zip(name, parts, compress=zipfile.ZIP_DEFLATED, folder=None):
    """parts: [(name, text or bytes)] in the order Excel writes them."""
    path = os.path.join(folder or OUT, name)
    with zipfile.ZipFile(path, "w") as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = compress
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ------------------------------------------------------------------ Excel-shaped parts

def content_types(sheets, chartsheets=0, shared=True):
    over = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(1, sheets + 1):
        over.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    for i in range(1, chartsheets + 1):
        over.append(f'<Override PartName="/xl/chartsheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>')
    over.append('<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>')
    over.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    if shared:
        over.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    over.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
    over.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(over) + "</Types>")


ROOT_RELS = (DECL + f'<Relationships xmlns="{PKG_REL}">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')

APP = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
       '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>')

CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>Lan Nguyen</dc:creator><cp:lastModifiedBy>Lan Nguyen</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T12:00:00Z</dcterms:modified></cp:coreProperties>')

THEME = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
         '</a:clrScheme></a:themeElements></a:theme>')

# cellXfs: 0 General, 1 date (14), 2 date and time (22), 3 custom yyyy-mm-dd hh:mm (164),
# 4 #,##0.00 (4), 5 time h:mm (20), 6 text @ (49), 7 custom [$-409]d-mmm-yy;@ (165), 8 custom "0.0 ""days""" (166)
STYLES = (DECL + f'<styleSheet xmlns="{MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
          'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
          '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>'
          '<numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yy;@"/>'
          '<numFmt numFmtId="166" formatCode="0.0&quot; days&quot;"/></numFmts>'
          '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>'
          '<family val="2"/><scheme val="minor"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="General"/></dxf></dxfs>'
          '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>')
DATE, DATETIME, CUSTOM, MONEY, TIME, TEXT, DMY, DAYS = 1, 2, 3, 4, 5, 6, 7, 8


def workbook(sheets, date1904=False, chartsheets=()):
    """sheets: [(name, state)]; chartsheets: names, listed after the worksheets."""
    entries = []
    n = 0
    for name, state in sheets:
        n += 1
        st = f' state="{state}"' if state else ""
        entries.append(f'<sheet name="{esc(name)}" sheetId="{n}"{st} r:id="rId{n}"/>')
    for name in chartsheets:
        n += 1
        entries.append(f'<sheet name="{esc(name)}" sheetId="{n}" r:id="rId{n}"/>')
    pr = '<workbookPr date1904="1" defaultThemeVersion="166925"/>' if date1904 else '<workbookPr defaultThemeVersion="166925"/>'
    return (DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
            'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' + pr +
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\lan\\Downloads\\" '
            'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
            '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="0"/></bookViews>'
            '<sheets>' + "".join(entries) + '</sheets><calcPr calcId="191029"/></workbook>')


def workbook_rels(sheets, chartsheets=0, shared=True):
    rels = []
    for i in range(1, sheets + 1):
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
    for i in range(1, chartsheets + 1):
        rels.append(f'<Relationship Id="rId{sheets + i}" Type="{REL}/chartsheet" Target="chartsheets/sheet{i}.xml"/>')
    n = sheets + chartsheets
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/theme" Target="theme/theme1.xml"/>')
    rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    if shared:
        rels.append(f'<Relationship Id="rId{n + 3}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    return DECL + f'<Relationships xmlns="{PKG_REL}">' + "".join(rels) + "</Relationships>"


class SharedStrings:
    """Excel's shared string table: each distinct text once, cells name it by index."""

    def __init__(self):
        self.items, self.index, self.refs = [], {}, 0

    def add(self, text, xml=None):
        """The index of `text`; `xml` is the <si> body when it is not a plain <t>."""
        self.refs += 1
        key = xml or text
        if key not in self.index:
            self.index[key] = len(self.items)
            if xml is None:
                space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
                xml = f"<t{space}>{esc(text)}</t>"
            self.items.append(xml)
        return self.index[key]

    def part(self):
        return (DECL + f'<sst xmlns="{MAIN}" count="{self.refs}" uniqueCount="{len(self.items)}">'
                + "".join(f"<si>{x}</si>" for x in self.items) + "</sst>")


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(dt, date1904=False):
    """Excel's serial for a date or datetime (dates after 1900-02-28)."""
    if isinstance(dt, datetime.date) and not isinstance(dt, datetime.datetime):
        dt = datetime.datetime(dt.year, dt.month, dt.day)
    base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    return (dt - base).total_seconds() / 86400


def num(v):
    """A number as Excel stores it: up to 17 significant digits, integers bare."""
    if isinstance(v, int) or float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return "%.17G" % v if abs(v) < 1e-4 or abs(v) >= 1e15 else "%.17g" % v


def sheet_xml(rows, sst, date1904=False, dims="A1", selected=False, prefix=""):
    """rows: {row number: [(column, value, style)]}; str values go to the shared strings
    (or are ('raw', type, v) for other cell types), datetimes become serials."""
    p = prefix + ":" if prefix else ""
    out = []
    for r in sorted(rows):
        cells = rows[r]
        last = max(c for c, _, _ in cells) + 1 if cells else 1
        xs = [f'<{p}row r="{r}" spans="1:{last}" x14ac:dyDescent="0.25">']
        for c, v, s in cells:
            ref = f"{col(c)}{r}"
            sa = f' s="{s}"' if s else ""
            if isinstance(v, tuple):
                kind, t, body = v
                ta = f' t="{t}"' if t else ""
                xs.append(f'<{p}c r="{ref}"{sa}{ta}>{body}</{p}c>')
            elif isinstance(v, str):
                xs.append(f'<{p}c r="{ref}"{sa} t="s"><{p}v>{sst.add(v)}</{p}v></{p}c>')
            elif isinstance(v, (datetime.date, datetime.datetime)):
                xs.append(f'<{p}c r="{ref}"{sa}><{p}v>{num(serial(v, date1904))}</{p}v></{p}c>')
            elif v is None:
                xs.append(f'<{p}c r="{ref}"{sa}/>')
            else:
                xs.append(f'<{p}c r="{ref}"{sa}><{p}v>{num(v)}</{p}v></{p}c>')
        xs.append(f"</{p}row>")
        out.append("".join(xs))
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    sel = ' tabSelected="1"' if selected else ""
    return (DECL + f'<{p}worksheet {ns} xmlns:r="{REL}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
            'xr:uid="{00000000-0001-0000-0000-000000000000}">'
            f'<{p}dimension ref="{dims}"/><{p}sheetViews><{p}sheetView{sel} workbookViewId="0">'
            f'<{p}selection activeCell="A1" sqref="A1"/></{p}sheetView></{p}sheetViews>'
            f'<{p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
            f'<{p}cols><{p}col min="1" max="1" width="10.7109375" customWidth="1"/></{p}cols>'
            f'<{p}sheetData>' + "".join(out) + f'</{p}sheetData>'
            f'<{p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></{p}worksheet>')


# ------------------------------------------------------------------ the HubSpot deals export

HEADER = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner", "Create Date", "Pipeline",
          'Date entered "Appointment Scheduled (Sales Pipeline)"', 'Date entered "Closed Won (Sales Pipeline)"']
D = datetime.datetime
DEALS = {  # sheet row: values; None is a cell Excel leaves out
    2: [9201, "Acme, Inc. renewal", "appointmentscheduled", 9225.225, datetime.date(2024, 3, 15), "Nguyễn Thị Lan",
        D(2024, 1, 5, 9, 30), "Sales Pipeline", D(2024, 1, 5, 9, 30), None],
    3: [9202, 'The "Big" deal', "closedwon", 120000, datetime.date(2024, 2, 29), None,
        D(2023, 12, 1, 14, 5, 10), "Sales Pipeline", D(2023, 12, 1, 14, 5, 10), D(2024, 2, 29, 16, 0)],
    4: [9203, "Two lines\nof name", "qualifiedtobuy", 4500.5, datetime.date(2024, 4, 1), "Trần Văn Minh",
        D(2024, 2, 10, 8, 0, 0, 400000), "Sales Pipeline", D(2024, 2, 10, 8, 0), None],
    # row 5 is missing: Excel leaves out an empty row
    6: [9205, "Đông Á; phase 2", "closedlost", 0.1 + 0.2, datetime.date(2024, 1, 31), "Lê Thị Hoa",
        D(2024, 1, 2, 23, 59, 59, 600000), "Sales Pipeline", D(2024, 1, 2, 23, 59, 59), None],
}
STYLE = {4: DATE, 6: CUSTOM, 8: DATETIME, 9: DATETIME, 3: MONEY}
EXPECTED_DEALS = [  # the CSV the reader must give (a line per row)
    'Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Create Date,Pipeline,'
    '"Date entered ""Appointment Scheduled (Sales Pipeline)""","Date entered ""Closed Won (Sales Pipeline)"""',
    '9201,"Acme, Inc. renewal",appointmentscheduled,9225.225,2024-03-15,Nguyễn Thị Lan,2024-01-05 09:30:00,Sales Pipeline,2024-01-05 09:30:00,',
    '9202,"The ""Big"" deal",closedwon,120000,2024-02-29,,2023-12-01 14:05:10,Sales Pipeline,2023-12-01 14:05:10,2024-02-29 16:00:00',
    '9203,"Two lines\nof name",qualifiedtobuy,4500.5,2024-04-01,Trần Văn Minh,2024-02-10 08:00:00,Sales Pipeline,2024-02-10 08:00:00,',
    '',
    '9205,"Đông Á; phase 2",closedlost,0.30000000000000004,2024-01-31,Lê Thị Hoa,2024-01-03 00:00:00,Sales Pipeline,2024-01-02 23:59:59,',
]


def deal_rows(sst, date1904=False):
    rows = {1: [(c, h, 0) for c, h in enumerate(HEADER)]}
    for r, values in DEALS.items():
        rows[r] = [(c, v, STYLE.get(c, 0)) for c, v in enumerate(values) if v is not None]
    return rows


def types_rows(sst):
    """Every kind of cell: rich text, phonetic guides, escapes, inline strings, formulas,
    booleans, errors, ISO dates, numbers Excel stores oddly, date and time formats."""
    rich = sst.add("Bold and plain", '<r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Bold</t></r>'
                   '<r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve"> and plain</t></r>')
    phonetic = sst.add("東京", '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>')
    crlf = sst.add("a\r\nb", '<t xml:space="preserve">a_x000D_\nb</t>')
    literal = sst.add("_x000D_", "<t>_x005F_x000D_</t>")
    spaced = sst.add("  padded  ")
    amp = sst.add("R&D <team>")
    raw = lambda t, body: ("raw", t, body)
    return {
        1: [(0, "kind", 0), (1, "value", 0)],
        2: [(0, "rich text", 0), (1, raw("s", f"<v>{rich}</v>"), 0)],
        3: [(0, "phonetic", 0), (1, raw("s", f"<v>{phonetic}</v>"), 0)],
        4: [(0, "escaped CR", 0), (1, raw("s", f"<v>{crlf}</v>"), 0)],
        5: [(0, "literal escape", 0), (1, raw("s", f"<v>{literal}</v>"), 0)],
        6: [(0, "spaces", 0), (1, raw("s", f"<v>{spaced}</v>"), 0)],
        7: [(0, "entities", 0), (1, raw("s", f"<v>{amp}</v>"), 0)],
        8: [(0, "inline", 0), (1, raw("inlineStr", "<is><t>inline text</t></is>"), 0)],
        9: [(0, "inline runs", 0), (1, raw("inlineStr", "<is><r><t>in</t></r><r><t xml:space=\"preserve\">line runs</t></r></is>"), 0)],
        10: [(0, "formula string", 0), (1, raw("str", "<f>CONCAT(\"a\",\"b\")</f><v>ab</v>"), 0)],
        11: [(0, "formula number", 0), (1, raw(None, "<f>SUM(1,2)</f><v>3</v>"), 0)],
        12: [(0, "boolean", 0), (1, raw("b", "<v>1</v>"), 0), (2, raw("b", "<v>0</v>"), 0)],
        13: [(0, "error", 0), (1, raw("e", "<f>NA()</f><v>#N/A</v>"), 0)],
        14: [(0, "iso date", 0), (1, raw("d", "<v>2024-03-15T10:30:00</v>"), 0)],
        15: [(0, "tiny", 0), (1, raw(None, "<v>1.0000000000000001E-5</v>"), 0)],
        16: [(0, "huge", 0), (1, raw(None, "<v>1.2345678901234567E+19</v>"), 0)],
        17: [(0, "negative", 0), (1, raw(None, "<v>-1234.5</v>"), 0)],
        18: [(0, "time", 0), (1, raw(None, "<v>0.39583333333333331</v>"), TIME)],
        19: [(0, "custom date", 0), (1, raw(None, "<v>45366</v>"), DMY)],
        20: [(0, "days format", 0), (1, raw(None, "<v>12.5</v>"), DAYS)],
        21: [(0, "text format", 0), (1, raw(None, "<v>45366</v>"), TEXT)],
        22: [(0, "1900-02-29", 0), (1, raw(None, "<v>60</v>"), DATE)],
        23: [(0, "1900-02-28", 0), (1, raw(None, "<v>59</v>"), DATE)],
        24: [(0, "1900-03-01", 0), (1, raw(None, "<v>61</v>"), DATE)],
        25: [(0, "midnight", 0), (1, raw(None, "<v>45366.999999</v>"), DATETIME)],
        26: [(0, "empty styled", 0), (1, None, DATE)],
        27: [(0, "no r", 0), (1, raw(None, "<v>7</v>"), 0)],
    }


def excel_workbook(name, date1904=False, chartsheet=True):
    sst = SharedStrings()
    deals = sheet_xml(deal_rows(sst), sst, date1904, dims="A1:J6", selected=True).replace(
        "<row r=\"3\"", "<row r=\"3\" ht=\"30\" customHeight=\"1\"")
    types = sheet_xml(types_rows(sst), sst, dims="A1:C27")
    # A cell without its r, as some writers leave it: the column after the last.
    types = types.replace('<c r="B27">', "<c>")
    notes = sheet_xml({1: [(0, "Ghi chú", 0)], 2: [(0, "Khách hàng mới từ hội chợ", 0)]}, sst, dims="A1:A2")
    hidden = sheet_xml({1: [(0, "lookup", 0)]}, sst)
    parts = [
        ("[Content_Types].xml", content_types(4, 1 if chartsheet else 0)),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Deals", None), ("Types", None), ("Ghi chú", None), ("Lookup", "hidden")],
                                     date1904, ["Chart1"] if chartsheet else [])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(4, 1 if chartsheet else 0)),
        ("xl/worksheets/sheet1.xml", deals),
        ("xl/worksheets/sheet2.xml", types),
        ("xl/worksheets/sheet3.xml", notes),
        ("xl/worksheets/sheet4.xml", hidden),
    ]
    if chartsheet:
        parts.append(("xl/chartsheets/sheet1.xml", DECL + f'<chartsheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetViews>'
                      '<sheetView workbookViewId="0"/></sheetViews></chartsheet>'))
        parts.append(("xl/chartsheets/_rels/sheet1.xml.rels", DECL + f'<Relationships xmlns="{PKG_REL}"/>'))
    parts += [
        ("xl/theme/theme1.xml", THEME),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", sst.part()),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
    ]
    return write_zip(name, parts)


def streaming_workbook(name):
    """As a streaming writer (Apache POI SXSSF) writes: inline strings, no shared strings,
    a prefixed namespace, rows and cells without r, a blank row kept as an empty element."""
    rows = []
    for r, values in [(1, HEADER)] + sorted(DEALS.items()):
        cells = []
        for c, v in enumerate(values):
            if v is None:
                cells.append("<x:c/>")  # an empty cell keeps the count of columns
            elif isinstance(v, str):
                cells.append(f'<x:c t="inlineStr"><x:is><x:t>{esc(v)}</x:t></x:is></x:c>')
            elif isinstance(v, (datetime.date, datetime.datetime)):
                cells.append(f'<x:c s="{STYLE.get(c, 0)}"><x:v>{num(serial(v))}</x:v></x:c>')
            else:
                cells.append(f'<x:c s="{STYLE.get(c, 0)}"><x:v>{num(v)}</x:v></x:c>')
        rows.append((r, "".join(cells)))
    body = []
    last = 0
    for r, cells in rows:
        # SXSSF writes r on rows; leave it out on consecutive ones, as some writers do.
        attr = "" if r == last + 1 and r not in (1, 6) else f' r="{r}"'
        body.append(f"<x:row{attr}>{cells}</x:row>")
        last = r
    sheet = (DECL + f'<x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}"><x:dimension ref="A1"/>'
             '<x:sheetViews><x:sheetView workbookViewId="0" tabSelected="true"/></x:sheetViews>'
             '<x:sheetFormatPr defaultRowHeight="15.0"/><x:sheetData>' + "".join(body) +
             '</x:sheetData><x:pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/></x:worksheet>')
    wb = (DECL + f'<x:workbook xmlns:x="{MAIN}" xmlns:rel="{REL}"><x:workbookPr date1904="false"/>'
          '<x:bookViews><x:workbookView activeTab="0"/></x:bookViews><x:sheets>'
          '<x:sheet name="Deals" rel:id="rId3" sheetId="1"/></x:sheets></x:workbook>')
    rels = (DECL + f'<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Target="sharedStrings.xml" Type="{REL}/sharedStrings"/>'
            f'<Relationship Id="rId2" Target="styles.xml" Type="{REL}/styles"/>'
            f'<Relationship Id="rId3" Target="/xl/worksheets/sheet1.xml" Type="{REL}/worksheet"/></Relationships>')
    return write_zip(name, [
        ("[Content_Types].xml", content_types(1)),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/app.xml", APP),
        ("docProps/core.xml", CORE),
        ("xl/sharedStrings.xml", DECL + f'<sst xmlns="{MAIN}" count="0" uniqueCount="0"/>'),
        ("xl/styles.xml", STYLES),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def minimal_workbook(name, sheet, extra=(), sheet_part="xl/worksheets/sheet1.xml", shared=None, compress=zipfile.ZIP_DEFLATED,
                     folder=None):
    """One sheet "Data" whose XML is `sheet` (bytes or text)."""
    parts = [
        ("[Content_Types].xml", content_types(1, shared=shared is not None)),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Data", None)])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(1, shared=shared is not None)),
        ("xl/styles.xml", STYLES),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    if sheet is not None:
        parts.append((sheet_part, sheet))
    return write_zip(name, parts + list(extra), compress, folder)


def patch(path, find, replace, count=1):
    data = open(path, "rb").read()
    assert data.count(find) >= count, (path, find)
    open(path, "wb").write(data.replace(find, replace, count))


def central_entry(data, name):
    """The offset of `name`'s central directory entry."""
    i = data.index(b"PK\x01\x02")
    while i >= 0:
        n = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46:i + 46 + n] == name.encode():
            return i
        i = data.find(b"PK\x01\x02", i + 4)
    raise KeyError(name)


def local_entry(data, name):
    return struct.unpack_from("<I", data, central_entry(data, name) + 42)[0]


def hostile():
    # Not a zip: a CSV renamed, an old .xls (an OLE2 compound file), an empty file.
    with open(os.path.join(OUT, "renamed-csv.xlsx"), "w", encoding="utf-8") as f:
        f.write("Record ID,Deal Name\n9201,Acme\n")
    with open(os.path.join(OUT, "legacy.xlsx"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    open(os.path.join(OUT, "empty.xlsx"), "wb").close()
    # Zips that hold no workbook: an OpenDocument spreadsheet and a Word document.
    write_zip("calc.xlsx", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                            ("content.xml", DECL + "<office:document-content/>"), ("META-INF/manifest.xml", DECL + "<m/>")],
              zipfile.ZIP_STORED)
    write_zip("word.xlsx", [("[Content_Types].xml", DECL + "<Types/>"), ("word/document.xml", DECL + "<w:document/>")])
    # The workbook names a sheet whose part is not in the archive.
    minimal_workbook("missing-sheet.xlsx", None)
    # Malformed XML: </row> closes <c> on line 4 of the sheet.
    bad = (DECL + f'<worksheet xmlns="{MAIN}">\n<sheetData>\n<row r="1"><c r="A1"><v>1</v></row>\n</sheetData></worksheet>')
    minimal_workbook("malformed.xlsx", bad)
    # A cell naming a shared string the table does not have.
    sst = DECL + f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>only</t></si></sst>'
    minimal_workbook("bad-shared-index.xlsx", DECL + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                     '</row><row r="2"><c r="B2" t="s"><v>7</v></c></row></sheetData></worksheet>', shared=sst)
    # Zip bombs: a sheet of 8 MiB of rows (a few KB packed), refused by a 4 MiB bound in the tests,
    # first with honest sizes, then with the central directory and local header saying 1,000 bytes.
    row = '<row><c t="inlineStr"><is><t>' + "x" * 200 + "</t></is></c></row>"
    big = DECL + f'<worksheet xmlns="{MAIN}"><sheetData>' + row * (8 * 1024 * 1024 // len(row)) + "</sheetData></worksheet>"
    minimal_workbook("bomb.xlsx", big)
    lying = minimal_workbook("bomb-lying.xlsx", big)
    data = bytearray(open(lying, "rb").read())
    c = central_entry(data, "xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, c + 24, 1000)
    struct.pack_into("<I", data, local_entry(data, "xl/worksheets/sheet1.xml") + 22, 1000)
    open(lying, "wb").write(data)
    # A sheet declaring 3 GiB: refused before anything is unpacked.
    huge = minimal_workbook("declared-huge.xlsx", DECL + f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>')
    data = bytearray(open(huge, "rb").read())
    struct.pack_into("<I", data, central_entry(data, "xl/worksheets/sheet1.xml") + 24, 3 << 30)
    open(huge, "wb").write(data)
    # A deflate stream that does not end inside its entry: a stored block claiming 65,535 bytes
    # of which the entry holds 100. ZIPFoundation 0.9.20's own extract spins forever on it.
    runaway = minimal_workbook("runaway-deflate.xlsx", b"\x00\xff\xff\x00\x00" + b"<" * 100, compress=zipfile.ZIP_STORED)
    data = bytearray(open(runaway, "rb").read())
    c = central_entry(data, "xl/worksheets/sheet1.xml")
    struct.pack_into("<H", data, c + 10, 8)
    struct.pack_into("<H", data, local_entry(data, "xl/worksheets/sheet1.xml") + 8, 8)
    open(runaway, "wb").write(data)
    # A sheet whose data fails its checksum.
    crc = minimal_workbook("bad-crc.xlsx", DECL + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                           "</sheetData></worksheet>")
    data = bytearray(open(crc, "rb").read())
    c = central_entry(data, "xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, c + 16, struct.unpack_from("<I", data, c + 16)[0] ^ 1)
    open(crc, "wb").write(data)
    # A DOCTYPE with an entity (a "billion laughs" starts so): refused, never expanded.
    minimal_workbook("doctype.xlsx", DECL + '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'
                     f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>'
                     "</sheetData></worksheet>")


def openpyxl_workbook(name):
    try:
        import openpyxl
    except ImportError:
        print("openpyxl is not installed: openpyxl-deals.xlsx left as it is")
        return
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Lookup"
    hidden["A1"] = "stages"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Deals")
    ws.append(HEADER)
    for r, values in DEALS.items():
        for c, v in enumerate(values):
            if v is not None:
                cell = ws.cell(row=r, column=c + 1, value=v)
                if c in (4,):
                    cell.number_format = "yyyy-mm-dd"
                elif c in (6, 8, 9):
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    notes = wb.create_sheet("Ghi chú")
    notes["A1"] = "Khách hàng mới"
    wb.save(os.path.join(OUT, name))
    print(f"wrote {name} with openpyxl {openpyxl.__version__}")


def fuzz_seeds():
    """Small workbooks for Fuzz/seeds/xlsx/: stored (not deflated) entries, so that byte
    mutations reach the XML, and a deflated one with every kind of cell."""
    folder = os.path.join(ROOT, "Fuzz", "seeds", "xlsx")
    os.makedirs(folder, exist_ok=True)
    sst = SharedStrings()
    types = sheet_xml(types_rows(sst), sst, dims="A1:C27")
    minimal_workbook("types-stored.xlsx", types, shared=sst.part(), compress=zipfile.ZIP_STORED, folder=folder)
    minimal_workbook("types.xlsx", types, shared=sst.part(), folder=folder)
    sst = SharedStrings()
    deals = sheet_xml({r: v for r, v in deal_rows(sst).items() if r <= 4}, sst, dims="A1:J4")
    minimal_workbook("deals-stored.xlsx", deals, shared=sst.part(), compress=zipfile.ZIP_STORED, folder=folder)


def main():
    os.makedirs(OUT, exist_ok=True)
    fuzz_seeds()
    excel_workbook("hubspot-deals.xlsx")
    excel_workbook("hubspot-deals-1904.xlsx", date1904=True, chartsheet=False)
    streaming_workbook("hubspot-deals-streaming.xlsx")
    hostile()
    if "--openpyxl" in sys.argv or not os.path.exists(os.path.join(OUT, "openpyxl-deals.xlsx")):
        openpyxl_workbook("openpyxl-deals.xlsx")
    with open(os.path.join(OUT, "hubspot-deals.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(EXPECTED_DEALS) + "\n")
    for n in sorted(os.listdir(OUT)):
        print(f"{n:32} {os.path.getsize(os.path.join(OUT, n)):>9,} bytes")


if __name__ == "__main__":
    main()
