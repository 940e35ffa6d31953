<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppSettings</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Level-1 headings (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <source>Level-2 headings (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>BatchChecker</name>
    <message>
        <source>not a report file</source>
        <translation>不是年报文件</translation>
    </message>
    <message>
        <source>JSON that is not a Nianbao report</source>
        <translation>不是年报工作台格式的 JSON</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 %2 (built %3, Qt %4, compiled with Qt %5)</source>
        <translation>%1 %2（构建于 %3，Qt %4，编译时 Qt %5）</translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>Last year's report has no format.</source>
        <translation>上一年度报告没有格式。</translation>
    </message>
    <message>
        <source>Last year's report names no report year; open it and set the year first.</source>
        <translation>上一年度报告没有写明报告年度；请先打开它并填写年度。</translation>
    </message>
    <message>
        <source>The new report year %1 must be after last year's report year %2.</source>
        <translation>新报告的年度 %1 必须晚于上一年度报告的年度 %2。</translation>
    </message>
    <message>
        <source>No report format applies to the year %1.</source>
        <translation>没有适用于 %1 年度的报告格式。</translation>
    </message>
    <message>
        <source>Last year's report names no agency; enter it in the new report.</source>
        <translation>上一年度报告没有写明机关名称；请在新报告中填写。</translation>
    </message>
    <message>
        <source>The title “%1” is not the format's default title; it became “%2”. Check it.</source>
        <translation>标题“%1”不是格式的默认标题，已改为“%2”，请核实。</translation>
    </message>
    <message>
        <source>Started from the %1 report (carried over). The narratives are last year's text, a draft: rewrite each paragraph or mark it as intentionally kept.</source>
        <translation>由 %1 年度报告结转生成。文字部分是上一年度的内容，仅作草稿：请逐段改写，或标记为有意保留。</translation>
    </message>
    <message>
        <source>Started from the %1 report (carried over).</source>
        <translation>由 %1 年度报告结转生成。</translation>
    </message>
    <message>
        <source>The new report is for %1, not for the year after %2: the cross-year checks compare it with %2.</source>
        <translation>新报告是 %1 年度的，不是 %2 年的下一年度：跨年度检查将与 %2 年度比较。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot read last year's report %1: %2</source>
        <translation>无法读取上一年度报告 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Last year's report was read with %n import problem(s); check the carried figures against the original.</source>
        <translation><numerusform>读取上一年度报告时有 %n 处导入问题；请对照原件核对结转的数字。</numerusform></translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>“%1” is not a number. Enter digits only, for example 12.</source>
        <translation>“%1”不是数字。请只输入数字，例如 12。</translation>
    </message>
    <message>
        <source>Negative numbers are not allowed here: counts and amounts cannot be below 0.</source>
        <translation>此处不允许负数：件数和金额不能小于 0。</translation>
    </message>
    <message>
        <source>This cell counts items: enter a whole number (no decimals).</source>
        <translation>此单元格填写件数：请输入整数（不带小数）。</translation>
    </message>
    <message>
        <source>%1 is too large: the largest value a cell can hold is 999,999,999.</source>
        <translation>%1 过大：单元格最大只能填写 999,999,999。</translation>
    </message>
    <message>
        <source>Amounts in 万元 take at most 6 decimals (that is, to the fen: 0.000001 万元 = 0.01 元).</source>
        <translation>以万元为单位的金额最多保留 6 位小数（即精确到分：0.000001 万元 = 0.01 元）。</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>format %1, agency %2, year %3</source>
        <translation>格式 %1，机关 %2，年度 %3</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>import problem, line %1: %2</source>
        <translation>导入问题，第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import published reports in memory and check each with every rule of its format. Folders are searched for report files. Exit 1 when any file has an error or an import problem.</source>
        <translation>在内存中导入已发布的年报，并按其格式的全部规则逐份检查。会在文件夹中查找年报文件。任一文件有错误或导入问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Reports or folders of reports.</source>
        <translation>年报文件或存放年报的文件夹。</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>Files checked at the same time (default: one per core).</source>
        <translation>同时检查的文件数（默认：每个处理器核心一个）。</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>not a readable Nianbao document</source>
        <translation>不是可读取的年报工作台文档</translation>
    </message>
    <message>
        <source>Files: %1, with errors or import problems: %2</source>
        <translation>文件：%1 份，有错误或导入问题：%2 份</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a Nianbao document or Nianbao JSON file</source>
        <translation>%1：不是年报工作台文档或年报工作台 JSON 文件</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 无法修改：%2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>参数个数不正确</translation>
    </message>
    <message>
        <source>Export a report to other file formats.</source>
        <translation>将年报导出为其他文件格式。</translation>
    </message>
    <message>
        <source>The report (.nianbao or JSON).</source>
        <translation>年报（.nianbao 或 JSON）。</translation>
    </message>
    <message>
        <source>Write Nianbao JSON (nianbao/1).</source>
        <translation>写出年报工作台 JSON（nianbao/1）。</translation>
    </message>
    <message>
        <source>Write a PDF (GB/T 9704 layout).</source>
        <translation>写出 PDF（GB/T 9704 版式）。</translation>
    </message>
    <message>
        <source>Write a Word document.</source>
        <translation>写出 Word 文档。</translation>
    </message>
    <message>
        <source>Write an OpenDocument text.</source>
        <translation>写出 OpenDocument 文本。</translation>
    </message>
    <message>
        <source>Write one self-contained HTML page.</source>
        <translation>写出一个独立的 HTML 网页。</translation>
    </message>
    <message>
        <source>Write one CSV file per table into DIR.</source>
        <translation>在 DIR 中为每张表写出一个 CSV 文件。</translation>
    </message>
    <message>
        <source>Print a 草稿 watermark.</source>
        <translation>加印“草稿”水印。</translation>
    </message>
    <message>
        <source>name at least one output, e.g. --json OUT</source>
        <translation>请至少指定一种输出，例如 --json OUT</translation>
    </message>
    <message>
        <source>Show the edit log (every committed change, oldest first) and the saved versions.</source>
        <translation>显示编辑记录（每次已保存的修改，从早到晚）和已保存的版本。</translation>
    </message>
    <message>
        <source>The document (.nianbao).</source>
        <translation>文档（.nianbao）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>At most N edits (default 1000).</source>
        <translation>最多 N 条编辑记录（默认 1000）。</translation>
    </message>
    <message>
        <source>version %1 “%2” saved %3 after edit %4</source>
        <translation>版本 %1“%2”，保存于 %3，位于第 %4 次编辑之后</translation>
    </message>
    <message>
        <source>Save a named version of a document (edits are stored already; this marks a point).</source>
        <translation>为文档保存一个命名版本（修改已随时保存，此操作只是标记一个节点）。</translation>
    </message>
    <message>
        <source>Name of the version.</source>
        <translation>版本名称。</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>必须指定 --name</translation>
    </message>
    <message>
        <source>Create a report document from a file. The kind of input is detected from its content.</source>
        <translation>由文件创建年报文档。输入类型根据内容自动识别。</translation>
    </message>
    <message>
        <source>Nianbao JSON or a published report.</source>
        <translation>年报工作台 JSON 或已发布的年报。</translation>
    </message>
    <message>
        <source>The document to create (.nianbao).</source>
        <translation>要创建的文档（.nianbao）。</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>必须指定 -o FILE</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation>已由 %2 创建 %1</translation>
    </message>
    <message>
        <source>Create a new, empty annual report document.</source>
        <translation>创建一份新的空白年报文档。</translation>
    </message>
    <message>
        <source>Report format (default %1).</source>
        <translation>年报格式（默认 %1）。</translation>
    </message>
    <message>
        <source>Report year.</source>
        <translation>报告年度。</translation>
    </message>
    <message>
        <source>Agency name.</source>
        <translation>机关名称。</translation>
    </message>
    <message>
        <source>部门 (deadline 1月31日) or 人民政府 (deadline 3月31日).</source>
        <translation>部门（公布期限 1月31日）或人民政府（公布期限 3月31日）。</translation>
    </message>
    <message>
        <source>Title (default from the format).</source>
        <translation>标题（默认由格式生成）。</translation>
    </message>
    <message>
        <source>--year, --agency and -o are required</source>
        <translation>必须指定 --year、--agency 和 -o</translation>
    </message>
    <message>
        <source>unknown format “%1”; known: %2</source>
        <translation>未知格式“%1”；已知格式：%2</translation>
    </message>
    <message>
        <source>--year: “%1” is not a year</source>
        <translation>--year：“%1”不是年份</translation>
    </message>
    <message>
        <source>--agency-kind must be 部门 or 人民政府</source>
        <translation>--agency-kind 必须是 部门 或 人民政府</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3)</source>
        <translation>已创建 %1（%2，%3）</translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>agency kind must be 部门 or 人民政府</source>
        <translation>机关类型必须是 部门 或 人民政府</translation>
    </message>
    <message>
        <source>Change a document. Every value is checked first; if any is refused, nothing is changed.
Cells: --cell 'SECTION:ROW PATH:COLUMN PATH=VALUE', e.g.
  --cell '三:一、本年新收政府信息公开申请数量:自然人=12'
  --cell '四::行政复议/结果维持=1' (table 四 has the empty row path)</source>
        <translation>修改文档。所有值先经检查；只要有一个被拒绝，就不做任何修改。
单元格：--cell '部分:行路径:列路径=值'，例如
  --cell '三:一、本年新收政府信息公开申请数量:自然人=12'
  --cell '四::行政复议/结果维持=1'（表四的行路径为空）</translation>
    </message>
    <message>
        <source>Set one cell (repeatable).</source>
        <translation>设置一个单元格（可重复）。</translation>
    </message>
    <message>
        <source>Section whose text --text-file replaces (一 … 六).</source>
        <translation>由 --text-file 替换其文字的部分（一 … 六）。</translation>
    </message>
    <message>
        <source>UTF-8 text file with the section's paragraphs.</source>
        <translation>包含该部分各段文字的 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>Set metadata KEY=VALUE (repeatable): agency, agency-kind, year, title, signature-agency, signature-date, notes, auto-totals.</source>
        <translation>设置元数据 KEY=VALUE（可重复）：agency、agency-kind、year、title、signature-agency、signature-date、notes、auto-totals。</translation>
    </message>
    <message>
        <source>--section and --text-file go together</source>
        <translation>--section 和 --text-file 须同时使用</translation>
    </message>
    <message>
        <source>--cell “%1”: expected SECTION:ROW:COLUMN=VALUE</source>
        <translation>--cell“%1”：应为 部分:行:列=值</translation>
    </message>
    <message>
        <source>--cell “%1”: format %2 has no such cell</source>
        <translation>--cell“%1”：格式 %2 中没有此单元格</translation>
    </message>
    <message>
        <source>--cell “%1”: this total is computed automatically</source>
        <translation>--cell“%1”：此合计自动计算</translation>
    </message>
    <message>
        <source>--cell “%1”: %2</source>
        <translation>--cell“%1”：%2</translation>
    </message>
    <message>
        <source>--section: no section “%1”</source>
        <translation>--section：没有“%1”部分</translation>
    </message>
    <message>
        <source>--meta “%1”: unknown key</source>
        <translation>--meta“%1”：未知的键</translation>
    </message>
    <message>
        <source>--meta “%1”: %2</source>
        <translation>--meta“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) set</source>
        <translation><numerusform>已设置 %n 个单元格</numerusform></translation>
    </message>
    <message>
        <source>Check a report (.nianbao document or Nianbao JSON) with every rule of its format.</source>
        <translation>按格式的全部规则检查年报（.nianbao 文档或年报工作台 JSON）。</translation>
    </message>
    <message>
        <source>The report to check.</source>
        <translation>要检查的年报。</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 输出检查结果。</translation>
    </message>
    <message>
        <source>Exit 1 on warnings too.</source>
        <translation>有警告时也以 1 退出。</translation>
    </message>
    <message>
        <source>Last year's report, for the cross-year checks.</source>
        <translation>上一年度的年报，用于跨年度检查。</translation>
    </message>
    <message>
        <source>%1 (assumed from the year)</source>
        <translation>%1（根据年度推定）</translation>
    </message>
    <message>
        <source>import problem: %1</source>
        <translation>导入问题：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>无法检查</translation>
    </message>
    <message numerus="yes">
        <source>, %n rule(s) cannot be checked (import problems)</source>
        <translation><numerusform>，%n 条规则无法检查（导入问题）</numerusform></translation>
    </message>
    <message>
        <source>Also write the results as CSV: one row per file in FILE, one row per finding and import problem in FILE-findings.csv.</source>
        <translation>同时将结果写为 CSV：FILE 中每个文件一行，FILE-findings.csv 中每条检查结果和导入问题一行。</translation>
    </message>
    <message>
        <source>%1: skipped, not a report (%2)</source>
        <translation>%1：已跳过，不是年报（%2）</translation>
    </message>
    <message>
        <source>; skipped (not reports): %1</source>
        <translation>；已跳过（不是年报）：%1</translation>
    </message>
    <message>
        <source>The action: check.</source>
        <translation>操作：check。</translation>
    </message>
    <message>
        <source>The format file (.json).</source>
        <translation>格式文件（.json）。</translation>
    </message>
    <message>
        <source>unknown action “%1” (expected: format check FILE)</source>
        <translation>未知操作“%1”（应为：format check 文件）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation><numerusform>%1：%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: ok: format %2 (%3), %n cell(s)</source>
        <translation><numerusform>%1：正常：格式 %2（%3），%n 个单元格</numerusform></translation>
    </message>
    <message>
        <source>Start next year's report from last year's: same agency, the next year, the current format, 上年结转 carried, last year's narratives as a draft. LAST may be a .nianbao document, Nianbao JSON or a published report (PDF, DOCX, saved web page, text).</source>
        <translation>以上一年度报告为基础新建下一年度报告：机关相同，年度加一，使用现行格式，结转“上年结转”，上一年度的文字部分作为草稿。LAST 可以是 .nianbao 文档、年报工作台 JSON 或已发布的报告（PDF、DOCX、保存的网页、文本）。</translation>
    </message>
    <message>
        <source>Last year's report.</source>
        <translation>上一年度报告。</translation>
    </message>
    <message>
        <source>The new document to create (.nianbao).</source>
        <translation>要创建的新文档（.nianbao）。</translation>
    </message>
    <message>
        <source>Year of the new report (default: last year's + 1).</source>
        <translation>新报告的年度（默认：上一年度加一）。</translation>
    </message>
    <message>
        <source>-o is required</source>
        <translation>必须指定 -o</translation>
    </message>
    <message numerus="yes">
        <source>Carried from %1: %n cell(s); narratives copied as a draft.</source>
        <translation><numerusform>从 %1 年度结转：%n 个单元格；文字部分已复制为草稿。</numerusform></translation>
    </message>
    <message>
        <source>Mark paragraph N of a narrative section as intentionally kept from last year's report: the copied-paragraph check (narrative_copied) no longer flags it. Editing the paragraph ends the mark.</source>
        <translation>将文字部分第 N 段标记为有意沿用上一年度报告：内容雷同检查（narrative_copied）不再提示该段。修改该段后标记失效。</translation>
    </message>
    <message>
        <source>The .nianbao document.</source>
        <translation>.nianbao 文档。</translation>
    </message>
    <message>
        <source>Narrative section: 一, 五 or 六.</source>
        <translation>文字部分：一、五或六。</translation>
    </message>
    <message>
        <source>Paragraph number, from 1.</source>
        <translation>段落序号，从 1 开始。</translation>
    </message>
    <message>
        <source>Remove the mark instead.</source>
        <translation>改为取消标记。</translation>
    </message>
    <message>
        <source>N: “%1” is not a paragraph number</source>
        <translation>N：“%1”不是段落序号</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: no longer marked as kept.</source>
        <translation>第%1部分第 %2 段：已取消有意保留标记。</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: marked as intentionally kept.</source>
        <translation>第%1部分第 %2 段：已标记为有意保留。</translation>
    </message>
    <message>
        <source>Compare two reports: every table cell with before, after and change, the changed narrative paragraphs and the key indicators of both years. Exit 0 when nothing changed, 1 when something did, 2 on error.</source>
        <translation>比较两份报告：逐个表格单元格列出前值、后值和变化，列出有变化的正文段落及两个年度的关键指标。无变化时退出码为 0，有变化时为 1，出错时为 2。</translation>
    </message>
    <message>
        <source>Print the comparison as JSON (nianbao-compare/1).</source>
        <translation>以 JSON 输出比较结果（nianbao-compare/1）。</translation>
    </message>
    <message>
        <source>Also write the comparison as a printable HTML page.</source>
        <translation>同时把比较结果写成可打印的 HTML 网页。</translation>
    </message>
    <message>
        <source>Convert a report to another format. Every cell whose row and column exist in both formats is carried; values that have no place in the new format are listed and kept in the document's notes; new rows stay blank and are listed.</source>
        <translation>把报告转换为另一种格式。行和列在两种格式中都存在的单元格全部沿用；在新格式中没有位置的数值逐项列出并保留在文档备注中；新增的行留空并逐项列出。</translation>
    </message>
    <message>
        <source>Target format (default %1).</source>
        <translation>目标格式（默认 %1）。</translation>
    </message>
    <message>
        <source>The new document (.nianbao), or Nianbao JSON (.json).</source>
        <translation>新文档（.nianbao），或年报工作台 JSON（.json）。</translation>
    </message>
    <message>
        <source>Print what was carried and listed as JSON.</source>
        <translation>以 JSON 输出沿用和列出的内容。</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>已创建 %1（%2）</translation>
    </message>
    <message>
        <source>%1: conflict: format %2 of this file and the installed format %3 both apply from %4; the program will not choose between them, a report of those years must name its format</source>
        <translation>%1：冲突：本文件的格式 %2 与已安装的格式 %3 均自 %4 年起适用；程序不会在二者之间自行选择，这些年度的报告须明确指定格式</translation>
    </message>
    <message>
        <source>%1: no annual report found in it (neither a year nor a table)</source>
        <translation>%1：其中未找到年度报告（既无年度也无表格）</translation>
    </message>
    <message numerus="yes">
        <source>%1: read with %n import problem(s); check the values read (nianbao-cli import shows them)</source>
        <translation><numerusform>%1：读取时有 %n 处导入问题，请核对读出的数值（nianbao-cli import 可列出这些问题）</numerusform></translation>
    </message>
    <message>
        <source>The older report: a document, Nianbao JSON or an original (PDF, DOCX, web page, text).</source>
        <translation>较早的报告：文档、Nianbao JSON 或原件（PDF、DOCX、网页、文本）。</translation>
    </message>
    <message>
        <source>The newer report (the same kinds of file).</source>
        <translation>较新的报告（文件种类同上）。</translation>
    </message>
    <message>
        <source>The report to convert: a document, Nianbao JSON or an original (PDF, DOCX, web page, text).</source>
        <translation>要转换的报告：文档、Nianbao JSON 或原件（PDF、DOCX、网页、文本）。</translation>
    </message>
    <message>
        <source>Check a format definition file (docs/format-definition.md): prints every error with its JSON location and exits 1 when there is one or the file conflicts with an installed format, 0 when the file loads without conflict.</source>
        <translation>检查格式定义文件（见 docs/format-definition.md）：逐条列出错误及其在 JSON 中的位置；有错误或与已安装的格式冲突时退出码为 1，文件可载入且无冲突时为 0。</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>问题键：%1</translation>
    </message>
    <message>
        <source>explanation: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message numerus="yes">
        <source> (%n unexplained)</source>
        <translation><numerusform>（%n 个未说明）</numerusform></translation>
    </message>
    <message>
        <source>the total %1 would replace one of its units</source>
        <translation>汇总结果 %1 会覆盖其中一个单位的报告</translation>
    </message>
    <message numerus="yes">
        <source>%1: total of %n unit(s), %2 %3</source>
        <translation><numerusform>%1：%n 个单位的汇总，%2 %3</numerusform></translation>
    </message>
    <message>
        <source>Add up units' reports of the same format and year, cell by cell, into a new document that lists its units and their fingerprints. Units with errors are refused unless --force.</source>
        <translation>将同一格式、同一年度的各单位报告逐格相加，生成一份新文档，其中列出各单位及其校验码。有错误的单位不予汇总，除非使用 --force。</translation>
    </message>
    <message>
        <source>The units' reports (.nianbao or JSON).</source>
        <translation>各单位的报告（.nianbao 或 JSON）。</translation>
    </message>
    <message>
        <source>The total document to write (replaced when it exists).</source>
        <translation>要写入的汇总文档（已存在时替换）。</translation>
    </message>
    <message>
        <source>Include units with errors.</source>
        <translation>有错误的单位也汇总。</translation>
    </message>
    <message>
        <source>The name of the total.</source>
        <translation>汇总结果的单位名称。</translation>
    </message>
    <message>
        <source>-o TOTAL is required</source>
        <translation>必须用 -o 指定汇总文档</translation>
    </message>
    <message>
        <source>Explain a warning of a document (说明): the explanation is stored in the document, shown in the checks panel and exported with the findings; an explained warning no longer counts as unexplained. Errors cannot be explained. KEY is the finding key printed by validate and check.</source>
        <translation>为文档中的警告添加说明：说明保存在文档中，显示在检查面板里，并随检查结果导出；已说明的警告不再计为未说明。错误不能添加说明。KEY 是 validate 和 check 列出的问题键。</translation>
    </message>
    <message>
        <source>The finding key of a warning.</source>
        <translation>警告的问题键。</translation>
    </message>
    <message>
        <source>The explanation (not with --remove).</source>
        <translation>说明文字（与 --remove 不同时使用）。</translation>
    </message>
    <message>
        <source>Remove the explanation.</source>
        <translation>删除说明。</translation>
    </message>
    <message>
        <source>--remove takes no TEXT</source>
        <translation>--remove 不接受 TEXT</translation>
    </message>
    <message>
        <source>TEXT is missing (or use --remove)</source>
        <translation>缺少 TEXT（或使用 --remove）</translation>
    </message>
    <message>
        <source>The explanation is empty (use --remove to remove one).</source>
        <translation>说明为空（删除说明请用 --remove）。</translation>
    </message>
    <message>
        <source>%1: explanation removed.</source>
        <translation>%1：说明已删除。</translation>
    </message>
    <message>
        <source>%1: explained.</source>
        <translation>%1：已添加说明。</translation>
    </message>
    <message>
        <source>Who does it (default: the user name of this session).</source>
        <translation>操作人（默认为当前登录用户名）。</translation>
    </message>
    <message>
        <source>Make a document a final copy (定稿): every later change is refused until it is returned to draft with a reason. Prints the fingerprint of its content (SHA-256, 64 hex digits) on stdout.</source>
        <translation>将文档定稿：此后任何修改都将被拒绝，直至填写原因退回草稿。在标准输出打印其内容的校验码（SHA-256，64 位十六进制）。</translation>
    </message>
    <message>
        <source>Return a final copy to draft, so that it can be changed again. The reason and who did it are written to the document's edit log.</source>
        <translation>将定稿退回草稿，以便再次修改。原因和操作人写入文档的修改记录。</translation>
    </message>
    <message>
        <source>Why the final copy goes back to draft (required).</source>
        <translation>退回草稿的原因（必填）。</translation>
    </message>
    <message>
        <source>--reason is required: say why the final copy goes back to draft</source>
        <translation>必须提供 --reason：说明为何退回草稿</translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation>%1 已退回草稿。</translation>
    </message>
    <message>
        <source>Check a final copy: exit 0 when its content still matches its fingerprint and its edit log is intact, 1 when it was altered, 2 when it is not a final copy or cannot be read. The file is never changed.</source>
        <translation>核验定稿：内容与校验码一致且修改记录完整时退出码为 0，被改动时为 1，不是定稿或无法读取时为 2。不会修改文件。</translation>
    </message>
    <message>
        <source>Print the result as JSON (same exit codes).</source>
        <translation>以 JSON 输出结果（退出码相同）。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1: final copy, intact. Fingerprint %2, finalized by %3 on %4.</source>
        <translation>%1：定稿，完好。校验码 %2，由 %3 于 %4 定稿。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>%1: ALTERED after it was finalized.</source>
        <translation>%1：定稿后已被改动。</translation>
    </message>
    <message>
        <source>%1 is not a final copy (it is a draft; fingerprint of its content now: %2).</source>
        <translation>%1 不是定稿（是草稿；其内容当前的校验码：%2）。</translation>
    </message>
    <message>
        <source>Receive units' documents (.nianbao) into the office repository, which is created on first use. A folder adds every .nianbao in it. A later copy of the same unit and year supersedes the earlier one (kept in the history); the same file twice is reported as a duplicate.</source>
        <translation>将各单位的文档（.nianbao）收入收报库，首次使用时自动创建。给出文件夹时收入其中所有 .nianbao 文件。同一单位同一年度后收到的版本取代先前的版本（先前版本保留在历史中）；同一文件重复收入时报告为重复。</translation>
    </message>
    <message>
        <source>Documents or folders.</source>
        <translation>文档或文件夹。</translation>
    </message>
    <message>
        <source>no .nianbao documents in %1</source>
        <translation>%1 中没有 .nianbao 文档</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the repository was lost: %n document(s) were not received; run the same command again (what was received is recognised as a duplicate)</source>
        <translation><numerusform>与收报库的连接已断开：%n 份文件未收入；请重新运行同一命令（已收入的文件会被识别为重复）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) received</source>
        <translation><numerusform>收入 %n 份文档</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n 份重复</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n 份被拒收</numerusform></translation>
    </message>
    <message>
        <source>%1: no such repository</source>
        <translation>%1：收报库不存在</translation>
    </message>
    <message>
        <source>--year is required</source>
        <translation>必须用 --year 指定年度</translation>
    </message>
    <message>
        <source>“%1” is not a report year</source>
        <translation>“%1”不是有效的报告年度</translation>
    </message>
    <message>
        <source>an action is required</source>
        <translation>必须指定操作</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <source>Add up the current copies of every unit of a year, cell by cell, into a new document that lists its units and their fingerprints. Units with errors are refused unless --force.</source>
        <translation>将某一年度各单位的现行版本逐格相加，生成一份新文档，其中列出各单位及其校验码。有错误的单位不予汇总，除非使用 --force。</translation>
    </message>
    <message>
        <source>The report year.</source>
        <translation>报告年度。</translation>
    </message>
    <message>
        <source>no units of %1 in the repository</source>
        <translation>收报库中没有 %1 年度的单位</translation>
    </message>
    <message>
        <source>Write the units of a year as CSV (UTF-8 with BOM, for Excel and WPS): status, counts, received time, fingerprint, file and the key figures.</source>
        <translation>将某一年度的各单位写成 CSV（带 BOM 的 UTF-8，供 Excel 和 WPS 使用）：状态、计数、收到时间、校验码、文件和主要数据。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The units that owe a report, one name a line (UTF-8 or GBK).</source>
        <translation>应报送报告的单位名单，每行一个名称（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>--csv is required</source>
        <translation>必须用 --csv 指定输出文件</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation><numerusform>已将 %n 个单位写入 %1</numerusform></translation>
    </message>
    <message>
        <source>Show every unit of a year: missing (on the roster, nothing received), draft, final or altered, with errors, warnings, unexplained warnings, received time, fingerprint and file.</source>
        <translation>显示某一年度的每个单位：缺报（在名单上但未收到）、草稿、定稿或已改动，以及错误、警告、未说明的警告、收到时间、校验码和文件。</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>warnings %1</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <source>unexplained %1</source>
        <translation>未说明 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s):</source>
        <translation><numerusform>共 %n 个单位：</numerusform></translation>
    </message>
    <message>
        <source>The repository: a file, or a PostgreSQL server as postgresql://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD or .pgpass).</source>
        <translation>收报库：一个文件，或 PostgreSQL 服务器，写作 postgresql://USER@HOST[:PORT]/DATABASE（密码取自 PGPASSWORD 或 .pgpass）。</translation>
    </message>
    <message>
        <source>Usage: nianbao-cli office ACTION REPO …
  add REPO FILE|FOLDER…             receive units' documents
  status REPO --year Y [--roster FILE] [--json]
  consolidate REPO --year Y -o TOTAL [--force] [--agency NAME]
  export REPO --year Y --csv OUT [--roster FILE]
REPO is a file or postgresql://USER@HOST[:PORT]/DATABASE.
Run 'nianbao-cli office ACTION --help' for the options of an action.
</source>
        <translation>用法：nianbao-cli office 操作 REPO …
  add REPO FILE|FOLDER…             收入各单位的文档
  status REPO --year Y [--roster FILE] [--json]
  consolidate REPO --year Y -o TOTAL [--force] [--agency NAME]
  export REPO --year Y --csv OUT [--roster FILE]
REPO 为收报库：一个文件，或 postgresql://USER@HOST[:PORT]/DATABASE。
运行 'nianbao-cli office 操作 --help' 查看该操作的选项。
</translation>
    </message>
</context>
<context>
    <name>ComparisonHtmlWriter</name>
    <message>
        <source>undefined: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>(not in the format)</source>
        <translation>（该格式中没有）</translation>
    </message>
    <message>
        <source>Older report: %1 (format %2)</source>
        <translation>较早的报告：%1（格式 %2）</translation>
    </message>
    <message>
        <source>Newer report: %1 (format %2)</source>
        <translation>较新的报告：%1（格式 %2）</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <source>%n table cell(s) and %1 narrative paragraph(s) changed.</source>
        <translation><numerusform>%n 个表格单元格、%1 个正文段落有变化。</numerusform></translation>
    </message>
    <message>
        <source>Nothing changed in the tables and the narratives.</source>
        <translation>表格和正文均无变化。</translation>
    </message>
    <message>
        <source>Changed table cells</source>
        <translation>有变化的表格单元格</translation>
    </message>
    <message>
        <source>No table cell changed.</source>
        <translation>没有表格单元格发生变化。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Changed narrative paragraphs</source>
        <translation>有变化的正文段落</translation>
    </message>
    <message>
        <source>No narrative paragraph changed.</source>
        <translation>没有正文段落发生变化。</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: changed</source>
        <translation>第%1部分第 %2 段：已修改</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: added</source>
        <translation>第%1部分第 %2 段：新增</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2 of the older text: removed</source>
        <translation>第%1部分原文第 %2 段：已删除</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>%1年与%2年对比</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>There are no units to consolidate.</source>
        <translation>没有可汇总的单位。</translation>
    </message>
    <message>
        <source>%1 has no report format.</source>
        <translation>%1 没有报告格式。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Only reports of the same format and year can be consolidated; %1 (%2, %3) differs from: %4</source>
        <translation>只能汇总同一格式、同一年度的报告；%1（%2，%3）与以下报告不同：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation><numerusform>%1（%n 个错误）</numerusform></translation>
    </message>
    <message>
        <source>Units with errors are not consolidated (use --force to include them): %1</source>
        <translation>有错误的单位不予汇总（使用 --force 可一并汇总）：%1</translation>
    </message>
    <message>
        <source>The sum of cell %1 / %2 / %3 is beyond the largest value a cell can hold.</source>
        <translation>单元格 %1 / %2 / %3 的合计超出了单元格能容纳的最大值。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it there to replace it.</source>
        <translation>%1 正在另一个程序中打开；请先在那里关闭，才能替换它。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The report has no format.</source>
        <translation>年报没有格式。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Import Published Report</source>
        <translation>导入已发布的年报</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Export Tables as CSV (a folder is created)</source>
        <translation>将表格导出为 CSV（将创建一个文件夹）</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>文件夹 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the published report could not be placed; check the imported report.</source>
        <translation><numerusform>已发布年报中有 %n 处内容无法归位；请检查导入的年报。</numerusform></translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.odt *.txt *.html *.htm *.json);;All files (*)</source>
        <translation>已发布的年报 (*.pdf *.docx *.odt *.txt *.html *.htm *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>No permission to create the lock file %1.</source>
        <translation>没有创建锁文件 %1 的权限。</translation>
    </message>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentMigrator</name>
    <message>
        <source>This program cannot upgrade documents of file version %1.</source>
        <translation>本程序无法升级文件版本为 %1 的文档。</translation>
    </message>
    <message>
        <source>Could not make a working copy of %1 for the upgrade. The document was not changed.</source>
        <translation>无法为升级创建 %1 的工作副本。文档未被修改。</translation>
    </message>
    <message>
        <source>Upgrading the document from file version %1 to %2 failed; the original was not changed. %3</source>
        <translation>将文档从文件版本 %1 升级到 %2 失败；原文件未被修改。%3</translation>
    </message>
    <message>
        <source>The document has an unreadable value “%1”; the file is damaged.</source>
        <translation>文档中有无法读取的值“%1”，文件已损坏。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The document %1 cannot be read: %2</source>
        <translation>无法读取文档 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao document (it is a database of another program).</source>
        <translation>%1 不是年报工作台文档（它是其他程序的数据库）。</translation>
    </message>
    <message>
        <source>The document %1 is damaged (%2). It was not changed; open a saved copy or a backup instead.</source>
        <translation>文档 %1 已损坏（%2）。文档未被修改；请改为打开保存的副本或备份。</translation>
    </message>
    <message>
        <source>The report has no format.</source>
        <translation>年报没有格式。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 is being created by another program.</source>
        <translation>另一个程序正在创建 %1。</translation>
    </message>
    <message>
        <source>A leftover file %1 is in the way and cannot be removed.</source>
        <translation>遗留文件 %1 妨碍操作，且无法删除。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>The document %1 was never completely written (file version %2); it is damaged.</source>
        <translation>文档 %1 从未完整写入（文件版本 %2）；文档已损坏。</translation>
    </message>
    <message>
        <source>The document was opened read-only as requested.</source>
        <translation>已按要求以只读方式打开文档。</translation>
    </message>
    <message>
        <source>The file is read-only, so the document was opened read-only and cannot be changed.</source>
        <translation>文件为只读，因此以只读方式打开文档，不能修改。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the document was opened read-only and cannot be changed.</source>
        <translation>文件夹 %1 为只读，因此以只读方式打开文档，不能修改。</translation>
    </message>
    <message>
        <source>The document was written by a newer version of Nianbao (file version %1; this version knows up to %2). It was opened read-only so that it is not damaged; update the program to edit it.</source>
        <translation>此文档由较新版本的年报工作台写入（文件版本 %1；本版本最高支持 %2）。为避免损坏，已以只读方式打开；请升级程序后再编辑。</translation>
    </message>
    <message>
        <source>The document is locked by another program (its lock file %1 cannot be read). It was opened read-only.</source>
        <translation>文档被另一个程序锁定（无法读取其锁文件 %1）。已以只读方式打开。</translation>
    </message>
    <message>
        <source>The document is being edited by %1 on %2 (process %3) since %4. It was opened read-only; close it there to edit it here.</source>
        <translation>%1 自 %4 起正在计算机 %2 上编辑此文档（进程 %3）。已以只读方式打开；请在那里关闭后再在此编辑。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>The document could not be locked for editing (%1), so it was opened read-only.</source>
        <translation>无法锁定文档以进行编辑（%1），因此以只读方式打开。</translation>
    </message>
    <message>
        <source>The document has the older file version %1 and must be upgraded before it can be opened, which is not possible now: %2</source>
        <translation>文档的文件版本 %1 较旧，须先升级才能打开，但现在无法升级：%2</translation>
    </message>
    <message>
        <source>Invalid cell key “%1”.</source>
        <translation>无效的单元格键“%1”。</translation>
    </message>
    <message>
        <source>The document is read-only; the change was not saved. %1</source>
        <translation>文档为只读；修改未保存。%1</translation>
    </message>
    <message>
        <source>The document is read-only; the version was not saved. %1</source>
        <translation>文档为只读；版本未保存。%1</translation>
    </message>
    <message>
        <source>The document has no version %1.</source>
        <translation>文档中没有版本 %1。</translation>
    </message>
    <message>
        <source>The document is read-only, so it cannot be finalized. %1</source>
        <translation>文档为只读，无法定稿。%1</translation>
    </message>
    <message>
        <source>The document is already a final copy (fingerprint %1).</source>
        <translation>文档已经是定稿（校验码 %1）。</translation>
    </message>
    <message>
        <source>The document is read-only, so it cannot be returned to draft. %1</source>
        <translation>文档为只读，无法退回草稿。%1</translation>
    </message>
    <message>
        <source>The document is not a final copy.</source>
        <translation>文档不是定稿。</translation>
    </message>
    <message>
        <source>Give a reason for returning the final copy to draft.</source>
        <translation>请填写退回草稿的原因。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>The document is a final copy (定稿), finalized by %1 on %2 with fingerprint %3; it cannot be changed. Return it to draft first (with a reason), or work on a copy.</source>
        <translation>文档已定稿（由 %1 于 %2 定稿，校验码 %3），不能修改。请先退回草稿（须填写原因），或在副本上修改。</translation>
    </message>
    <message>
        <source>The edit log of %1 cannot be read or has no hash chain (%2).</source>
        <translation>%1 的修改记录无法读取或没有哈希链（%2）。</translation>
    </message>
    <message>
        <source>The edit log of %1 was rewritten: entry %2 was changed, or an entry before it was removed or inserted (its hash does not follow from the entries before it).</source>
        <translation>%1 的修改记录被改写：第 %2 条被修改，或其前面有记录被删除或插入（其哈希值与前面的记录不符）。</translation>
    </message>
    <message>
        <source>The edit log of %1 was rewritten: its last entry is no longer the one written when the document was finalized (entry %2); entries were removed or added.</source>
        <translation>%1 的修改记录被改写：最后一条已不是定稿时写入的记录（第 %2 条）；有记录被删除或添加。</translation>
    </message>
    <message>
        <source>The content of %1 was changed after it was finalized: its fingerprint is %2, the final copy had %3.</source>
        <translation>%1 的内容在定稿后被改动：现在的校验码是 %2，定稿时为 %3。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>The report has no format.</source>
        <translation>年报没有格式。</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Agency</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>Agency kind</source>
        <translation>机关类型</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Signing agency</source>
        <translation>落款机关</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Automatic totals</source>
        <translation>自动计算合计</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Keep paragraph %1 of section %2</source>
        <translation>保留第%2部分第 %1 段</translation>
    </message>
    <message>
        <source>Unmark kept paragraph %1 of section %2</source>
        <translation>取消保留第%2部分第 %1 段</translation>
    </message>
    <message>
        <source>Remove explanation</source>
        <translation>删除说明</translation>
    </message>
    <message>
        <source>Change explanation</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>Add explanation</source>
        <translation>添加说明</translation>
    </message>
</context>
<context>
    <name>EditLogDescriber</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Table %1 · %2</source>
        <translation>表%1 · %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>第%1部分</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Cells the import could not read</source>
        <translation>导入时未能读出的单元格</translation>
    </message>
    <message>
        <source>Section headings</source>
        <translation>各部分标题</translation>
    </message>
    <message>
        <source>Last year's report</source>
        <translation>上一年度报告</translation>
    </message>
    <message>
        <source>Earlier years' key figures</source>
        <translation>以前年度的主要数字</translation>
    </message>
    <message>
        <source>Paragraphs kept from last year</source>
        <translation>有意沿用上一年度的段落</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>（已保存）</translation>
    </message>
    <message>
        <source>Cross-check with last year</source>
        <translation>与上年数据的勾稽关系</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>勾稽关系</translation>
    </message>
    <message>
        <source>Large change against last year</source>
        <translation>与上年相比变化较大</translation>
    </message>
    <message>
        <source>Year of the title or date</source>
        <translation>标题或落款年份</translation>
    </message>
    <message>
        <source>Same text as last year</source>
        <translation>内容雷同</translation>
    </message>
    <message>
        <source>Blank cells</source>
        <translation>空白单元格</translation>
    </message>
    <message>
        <source>Empty section</source>
        <translation>文字部分为空</translation>
    </message>
    <message>
        <source>Text and table disagree</source>
        <translation>文字与表格不一致</translation>
    </message>
    <message>
        <source>Agency name missing</source>
        <translation>未填写单位名称</translation>
    </message>
    <message>
        <source>Report date missing</source>
        <translation>未填写落款日期</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>发布期限</translation>
    </message>
    <message>
        <source>Negative value</source>
        <translation>负数</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1 第 %2 段</translation>
    </message>
    <message numerus="yes">
        <source>Explanations of %n warning(s)</source>
        <translation><numerusform>%n 条警告的说明</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n explanation(s)</source>
        <translation><numerusform>%n 条说明</numerusform></translation>
    </message>
    <message>
        <source>Explanation added · %1</source>
        <translation>添加说明 · %1</translation>
    </message>
    <message>
        <source>Explanation removed · %1</source>
        <translation>删除说明 · %1</translation>
    </message>
    <message>
        <source>Explanation changed · %1</source>
        <translation>修改说明 · %1</translation>
    </message>
    <message>
        <source>Explanations of warnings</source>
        <translation>警告的说明</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>There is no finding “%1” in this report (the keys are printed by nianbao-cli validate and check).</source>
        <translation>本报告中没有问题“%1”（问题键由 nianbao-cli validate 和 check 列出）。</translation>
    </message>
    <message>
        <source>“%1” is an error: errors must be corrected, they cannot be explained.</source>
        <translation>“%1”是错误：错误必须改正，不能以说明代替。</translation>
    </message>
    <message>
        <source>“%1” cannot be checked because of an import problem; only warnings can be explained.</source>
        <translation>“%1”因导入问题无法检查；只有警告可以添加说明。</translation>
    </message>
    <message>
        <source>The explanation is empty.</source>
        <translation>说明为空。</translation>
    </message>
    <message>
        <source>The explanation is too long (%1 characters; at most %2).</source>
        <translation>说明过长（%1 个字符；最多 %2 个）。</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Rendering needs a QGuiApplication (fonts).</source>
        <translation>排版需要 QGuiApplication（字体）。</translation>
    </message>
    <message>
        <source>No installed font has these characters (they would print as boxes): %1. Install a Chinese font or run packaging/fonts/prepare-fonts.sh.</source>
        <translation>已安装的字体中都没有这些字符（打印时会显示为方框）：%1。请安装中文字体，或运行 packaging/fonts/prepare-fonts.sh。</translation>
    </message>
</context>
<context>
    <name>FontResolver</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>level-1 heading</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>level-2 heading</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>The %1 font "%2" is not installed; using the standard fonts.</source>
        <translation>%1字体“%2”未安装；改用标准字体。</translation>
    </message>
    <message>
        <source>No Chinese font found for the %1; characters may be missing.</source>
        <translation>%1没有找到中文字体；可能缺字。</translation>
    </message>
    <message>
        <source>The %1 uses the system font "%2".</source>
        <translation>%1使用系统字体“%2”。</translation>
    </message>
    <message>
        <source>table text</source>
        <translation>表格文字</translation>
    </message>
</context>
<context>
    <name>FormatConverter</name>
    <message>
        <source>%1: every entry needs section, from and to</source>
        <translation>%1：每一项都需要 section、from 和 to</translation>
    </message>
    <message>
        <source>no format to convert from or to</source>
        <translation>缺少转换的源格式或目标格式</translation>
    </message>
    <message>
        <source>the report already has the format %1</source>
        <translation>该报告已经是格式 %1</translation>
    </message>
    <message>
        <source>the value does not fit the new cell “%1”</source>
        <translation>该数值不符合新单元格“%1”的类型</translation>
    </message>
    <message numerus="yes">
        <source>Converted from format %1 to %2 on %3: %n cell(s) carried.</source>
        <translation><numerusform>于 %3 由格式 %1 转换为 %2：沿用 %n 个单元格。</numerusform></translation>
    </message>
    <message>
        <source>Values that have no place in the tables of %1 (kept here):</source>
        <translation>在 %1 的表格中没有位置的数值（保留于此）：</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) of %1 have no place in %2.</source>
        <translation><numerusform>%1 中有 %n 个空白单元格在 %2 中没有位置。</numerusform></translation>
    </message>
    <message>
        <source>Rows new in %1, left blank to be filled in:</source>
        <translation>%1 新增的行（已留空，待填写）：</translation>
    </message>
    <message>
        <source>Automatic totals are off so that the totals keep the values above; turn them on once those values are distributed.</source>
        <translation>已关闭自动合计，合计保持包含上述数值的原值；上述数值分配到新行后，请重新打开自动合计。</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>no table of a known format; chosen from the report year</source>
        <translation>没有已知格式的表格；根据报告年度选择格式</translation>
    </message>
    <message>
        <source>labels found: %1</source>
        <translation>找到的标签：%1</translation>
    </message>
    <message>
        <source>a free-form report of %1, before the national formats</source>
        <translation>%1 年度的自由格式报告（早于全国统一格式）</translation>
    </message>
</context>
<context>
    <name>FormatKeys</name>
    <message>
        <source>unknown key “%1” (expected one of: %2)</source>
        <translation>未知的键“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown key “%1” (did you mean “%2”?)</source>
        <translation>未知的键“%1”（是否应为“%2”？）</translation>
    </message>
</context>
<context>
    <name>FormatLoader</name>
    <message>
        <source>“%1” must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>“%1”不能为空</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array</source>
        <translation>“%1”必须是非空数组</translation>
    </message>
    <message>
        <source>unknown cell type “%1” (expected count, amount or signed)</source>
        <translation>未知的单元格类型“%1”（应为 count、amount 或 signed）</translation>
    </message>
    <message>
        <source>a column must be an object</source>
        <translation>列必须是对象</translation>
    </message>
    <message>
        <source>“span” must be between 1 and 20</source>
        <translation>“span”必须在 1 到 20 之间</translation>
    </message>
    <message>
        <source>only leaf columns may have “type” or “span”</source>
        <translation>只有末级列可以有“type”或“span”</translation>
    </message>
    <message>
        <source>a row must be an object</source>
        <translation>行必须是对象</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a format definition must be a JSON object</source>
        <translation>格式定义必须是 JSON 对象</translation>
    </message>
    <message>
        <source>“%1” may contain only a-z, 0-9, '.', '_' and '-'</source>
        <translation>“%1”只能包含 a-z、0-9、'.'、'_' 和 '-'</translation>
    </message>
    <message>
        <source>a section must be an object</source>
        <translation>部分必须是对象</translation>
    </message>
    <message>
        <source>duplicate section id “%1”</source>
        <translation>部分编号“%1”重复</translation>
    </message>
    <message>
        <source>a table section needs a “table” object</source>
        <translation>表格部分需要一个“table”对象</translation>
    </message>
    <message>
        <source>a table without row labels has exactly one row</source>
        <translation>没有行标签的表格只能有一行</translation>
    </message>
    <message>
        <source>a table without row labels cannot nest rows</source>
        <translation>没有行标签的表格不能有嵌套行</translation>
    </message>
    <message>
        <source>two columns have the same label path</source>
        <translation>两列的标签路径相同</translation>
    </message>
    <message>
        <source>duplicate row “%1”</source>
        <translation>行“%1”重复</translation>
    </message>
    <message>
        <source>block is %1 grid columns wide, the table is %2 (use “span”)</source>
        <translation>该区块宽 %1 个网格列，而表格宽 %2 列（请使用“span”）</translation>
    </message>
    <message>
        <source>unknown section kind “%1” (expected narrative or table)</source>
        <translation>未知的部分类型“%1”（应为 narrative 或 table）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>only leaf rows may have a “unit”</source>
        <translation>只有末级行可以有“unit”（计量单位）</translation>
    </message>
    <message>
        <source>a unit column needs row labels</source>
        <translation>计量单位列需要行标签</translation>
    </message>
    <message>
        <source>“firstYear” must be a whole number (a year)</source>
        <translation>“firstYear”必须是整数（年份）</translation>
    </message>
    <message>
        <source>a block must be an object</source>
        <translation>子表必须是对象</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>no format given</source>
        <translation>未指定格式</translation>
    </message>
    <message>
        <source>The formats %1 all apply from %2; choose one of them explicitly.</source>
        <translation>格式 %1 均自 %2 年起适用；请明确选择其中一个。</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（文件 %2）</translation>
    </message>
    <message>
        <source>The formats %1 all apply from %2: the program does not choose between them. Remove one of the files or change its “firstYear”; until then a report of those years must name its format.</source>
        <translation>格式 %1 均自 %2 年起适用：程序不会在其中自行选择。请删除其中一个文件或修改其“firstYear”；在此之前，这些年度的报告须明确指定格式。</translation>
    </message>
</context>
<context>
    <name>FormatRuleCompiler</name>
    <message>
        <source>a term must be a non-empty string</source>
        <translation>项必须是非空字符串</translation>
    </message>
    <message>
        <source>must be a non-empty array of terms</source>
        <translation>必须是非空的项数组</translation>
    </message>
    <message>
        <source>“id” must be a non-empty string</source>
        <translation>“id”必须是非空字符串</translation>
    </message>
    <message>
        <source>duplicate rule id “%1”</source>
        <translation>规则编号“%1”重复</translation>
    </message>
    <message>
        <source>unknown severity “%1” (expected error or warning)</source>
        <translation>未知的严重程度“%1”（应为 error 或 warning）</translation>
    </message>
    <message>
        <source>“section” must name a table section, not “%1”</source>
        <translation>“section”必须是表格部分，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown “each” value “%1” (expected row, column or cell)</source>
        <translation>未知的“each”值“%1”（应为 row、column 或 cell）</translation>
    </message>
    <message>
        <source>“message” must not be empty</source>
        <translation>“message”不能为空</translation>
    </message>
    <message>
        <source>“parts” must be a non-empty array</source>
        <translation>“parts”必须是非空数组</translation>
    </message>
    <message>
        <source>a computing rule needs exactly one plain cell on the left</source>
        <translation>计算规则的左边必须恰好是一个普通单元格</translation>
    </message>
    <message>
        <source>a computing rule cannot use the previous year's report</source>
        <translation>计算规则不能使用上一年度的年报</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>未知的列“%1”</translation>
    </message>
    <message>
        <source>unknown row “%1”</source>
        <translation>未知的行“%1”</translation>
    </message>
    <message>
        <source>unknown row “%1” in “only”</source>
        <translation>“only”中有未知的行“%1”</translation>
    </message>
    <message>
        <source>unknown column “%1” in “only”</source>
        <translation>“only”中有未知的列“%1”</translation>
    </message>
    <message>
        <source>unknown cell “%1” (write ROW|COLUMN)</source>
        <translation>未知的单元格“%1”（请写作 行|列）</translation>
    </message>
    <message>
        <source>the rule applies to no cell of section %1</source>
        <translation>该规则不适用于部分 %1 的任何单元格</translation>
    </message>
    <message>
        <source>cell %1 / %2 is computed twice by rule “%3”</source>
        <translation>单元格 %1 / %2 被规则“%3”重复计算</translation>
    </message>
    <message>
        <source>computed cells depend on each other in a cycle (rule “%1”)</source>
        <translation>计算单元格之间存在循环依赖（规则“%1”）</translation>
    </message>
    <message>
        <source>a rule may add at most %1 cells on each side</source>
        <translation>一条规则每一边最多相加 %1 个单元格</translation>
    </message>
    <message>
        <source>“factor” must be a number above 1</source>
        <translation>“factor”必须是大于 1 的数</translation>
    </message>
    <message>
        <source>unknown key figure “%1” in “figures”</source>
        <translation>“figures”中有未知的关键数字“%1”</translation>
    </message>
    <message>
        <source>“figures” must name at least one key figure</source>
        <translation>“figures”必须至少列出一个关键数字</translation>
    </message>
    <message>
        <source>“similarity” must be above 0 and at most 1</source>
        <translation>“similarity”必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>unknown rule kind “%1” (expected sum, yoy_jump, title_year or narrative_copied)</source>
        <translation>未知的规则类型“%1”（应为 sum、yoy_jump、title_year 或 narrative_copied）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>“id” and “label” must be non-empty strings</source>
        <translation>“id”和“label”必须是非空字符串</translation>
    </message>
    <message>
        <source>duplicate key figure id “%1”</source>
        <translation>关键数字标识“%1”重复</translation>
    </message>
    <message>
        <source>unknown cell %1 / %2 / %3</source>
        <translation>未知的单元格 %1 / %2 / %3</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>规则必须是对象</translation>
    </message>
</context>
<context>
    <name>FreeFormReader</name>
    <message>
        <source>The date of the signature cannot be read; the report date (成文日期) was left empty.</source>
        <translation>落款日期无法识别，成文日期留空。</translation>
    </message>
    <message>
        <source>Text after the signature was not imported.</source>
        <translation>落款之后的文字未导入。</translation>
    </message>
    <message>
        <source>Part “%1” has no section of its own in format %2; its text was added to section “%3”.</source>
        <translation>部分“%1”在格式 %2 中没有对应的部分，其文字已并入“%3”。</translation>
    </message>
    <message>
        <source>The appendix table has %1 header cells where format %2 has %3.</source>
        <translation>附表表头有 %1 个单元格，格式 %2 为 %3 个。</translation>
    </message>
    <message>
        <source>Row “%1” is not an indicator of format %2; not imported.</source>
        <translation>行“%1”不是格式 %2 的指标，未导入。</translation>
    </message>
    <message>
        <source>Value “%1” belongs to no indicator; not imported.</source>
        <translation>数值“%1”不属于任何指标，未导入。</translation>
    </message>
    <message>
        <source>Indicator “%1” is printed twice; the second was not imported.</source>
        <translation>指标“%1”出现两次，第二次未导入。</translation>
    </message>
    <message>
        <source>Indicator “%1” is printed in %2, format %3 counts it in %4; its values were not imported.</source>
        <translation>指标“%1”的计量单位为 %2，格式 %3 以 %4 计，其数值未导入。</translation>
    </message>
    <message>
        <source>Indicator “%1” has %2 values where format %3 has %4.</source>
        <translation>指标“%1”有 %2 个数值，格式 %3 为 %4 个。</translation>
    </message>
    <message>
        <source>“%1” is not a count; the cell was left blank.</source>
        <translation>“%1”不是计数，该单元格留空。</translation>
    </message>
    <message>
        <source>Text after the appendix table was not imported.</source>
        <translation>附表之后的文字未导入。</translation>
    </message>
    <message>
        <source>Indicator “%1” was not found in the appendix.</source>
        <translation>附表中未找到指标“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportTableGrid</name>
    <message>
        <source>Printed “%1”</source>
        <translation>原文为“%1”</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
</context>
<context>
    <name>JournalRecovery</name>
    <message>
        <source>The document %1 cannot be read yet: an edit of it was interrupted (the program that was changing it stopped before finishing), and finishing that edit needs write access, which is not possible here: %2. The document was not changed.</source>
        <translation>暂时无法读取文档 %1：对它的一次编辑被中断（正在修改它的程序未完成就停止了），完成这次编辑需要写入权限，但此处无法写入：%2。文档未被改动。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (read-only folder or medium, or no permission)</source>
        <translation>文件夹 %1 不可写入（只读文件夹或介质，或没有权限）</translation>
    </message>
    <message>
        <source>To read it, copy both %1 and %2 together into a writable folder and open the copy there, or ask the owner of the folder for write access.</source>
        <translation>如需读取，请将 %1 和 %2 一起复制到可写入的文件夹并在那里打开副本，或请文件夹的所有者授予写入权限。</translation>
    </message>
    <message>
        <source>the file is marked read-only</source>
        <translation>文件被标记为只读</translation>
    </message>
    <message>
        <source>To read it, remove the read-only mark of the file (or ask its owner to), then open it again.</source>
        <translation>如需读取，请取消文件的只读标记（或请其所有者取消），然后重新打开。</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%2 上的 %1（进程 %3）</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>The document %1 cannot be read yet: an edit of it was interrupted, and %2 has the document open for editing, which finishes that edit. Try again in a moment, or close the document there first.</source>
        <translation>暂时无法读取文档 %1：对它的一次编辑被中断，而%2正以编辑方式打开该文档，会完成这次编辑。请稍后重试，或先在那里关闭文档。</translation>
    </message>
    <message>
        <source>The document %1 cannot be read: an edit of it was interrupted and could not be finished (%2). Its journal %3 was kept, so the edit can still be finished later; try again, or open the document for editing.</source>
        <translation>无法读取文档 %1：对它的一次编辑被中断，且未能完成（%2）。其日志文件 %3 已保留，稍后仍可完成这次编辑；请重试，或以编辑方式打开文档。</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the JSON document must be an object</source>
        <translation>JSON 文档必须是对象</translation>
    </message>
    <message>
        <source>this file uses the newer interchange schema “%1”; this version reads “%2”. Please update Nianbao.</source>
        <translation>此文件使用较新的交换格式“%1”；本版本只能读取“%2”。请升级年报工作台。</translation>
    </message>
    <message>
        <source>not a Nianbao report (no "schema": "%1")</source>
        <translation>不是年报工作台的年报（没有 "schema": "%1"）</translation>
    </message>
    <message>
        <source>unknown report format “%1”</source>
        <translation>未知的年报格式“%1”</translation>
    </message>
    <message>
        <source>agency_kind: “%1” is neither 部门 nor 人民政府</source>
        <translation>agency_kind：“%1”既不是 部门 也不是 人民政府</translation>
    </message>
    <message>
        <source>signature.date: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>signature.date：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>sections[%1]: unknown section “%2”</source>
        <translation>sections[%1]：未知的部分“%2”</translation>
    </message>
    <message>
        <source>%1: no such cell in format %2</source>
        <translation>%1：格式 %2 中没有此单元格</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is negative</source>
        <translation>%1：%2 是负数</translation>
    </message>
    <message>
        <source>%1: a cell must be a number or null</source>
        <translation>%1：单元格必须是数字或 null</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid value (at most 999,999,999 with up to 6 decimals)</source>
        <translation>%1：%2 不是有效的值（最大 999,999,999，最多 6 位小数）</translation>
    </message>
    <message>
        <source>import_gaps: not a list of cells</source>
        <translation>import_gaps：不是单元格列表</translation>
    </message>
    <message>
        <source>last_year: %1</source>
        <translation>last_year：%1</translation>
    </message>
    <message>
        <source>not a report</source>
        <translation>不是报告</translation>
    </message>
    <message>
        <source>earlier_years: not a list</source>
        <translation>earlier_years：不是列表</translation>
    </message>
    <message>
        <source>earlier_years[%1]: not a year of key figures</source>
        <translation>earlier_years[%1]：不是某一年度的关键数字</translation>
    </message>
    <message>
        <source>kept_paragraphs: not a list of {section, text}</source>
        <translation>kept_paragraphs：不是 {section, text} 的列表</translation>
    </message>
    <message>
        <source>explanations: not an object of finding key → text</source>
        <translation>explanations：不是“问题键 → 说明”的对象</translation>
    </message>
</context>
<context>
    <name>KeptParagraphs</name>
    <message>
        <source>Remove the “Kept” Mark</source>
        <translation>取消“有意保留”标记</translation>
    </message>
    <message>
        <source>Keep This Paragraph (Intentionally Unchanged)</source>
        <translation>有意保留本段（与上年相同）</translation>
    </message>
    <message>
        <source>Check this paragraph against last year's report again.</source>
        <translation>重新将本段与上一年度报告比对。</translation>
    </message>
    <message>
        <source>This paragraph repeats last year's on purpose: stop flagging it as copied.</source>
        <translation>本段有意沿用上年内容，不再提示雷同。</translation>
    </message>
    <message>
        <source>Keep Paragraph</source>
        <translation>有意保留段落</translation>
    </message>
</context>
<context>
    <name>KeyIndicators</name>
    <message>
        <source>%1 is blank</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <source>%1 is 0: no ratio</source>
        <translation>%1为 0，无法计算比率</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nianbao</source>
        <translation>年报工作台</translation>
    </message>
    <message>
        <source>Government information disclosure annual report</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建年报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent reports:</source>
        <translation>最近的年报(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
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
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建年报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save a Version…</source>
        <translation>保存版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Every change is already stored; this keeps a named checkpoint you can go back to</source>
        <translation>每一处修改都已保存；此操作保存一个带名称的版本，以便日后查看</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)…</source>
        <translation>&amp;Word 文档 (.docx)…</translation>
    </message>
    <message>
        <source>&amp;OpenDocument (.odt)…</source>
        <translation>&amp;OpenDocument 文本 (.odt)…</translation>
    </message>
    <message>
        <source>&amp;Tables as CSV…</source>
        <translation>表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Published Report…</source>
        <translation>导入已发布的年报(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>下一个窗格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check Several Reports…</source>
        <translation>检查多份年报(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>关于年报工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Compare with &amp;Last Year's Report…</source>
        <translation>与上一年度年报对照(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose last year's report so that the carry-over and stock figures are checked against it</source>
        <translation>选择上一年度的年报，据此检查结转和现行有效件数等数据</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>保存副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Versions and &amp;History…</source>
        <translation>版本与编辑记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;HTML web page (.html)…</source>
        <translation>网页 (.html)(&amp;H)…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation>上一个问题(&amp;V)</translation>
    </message>
    <message>
        <source>Create a new report for an agency and year, start from last year's report, import a published one, or open a report you have started (one click on a recent report opens it). Every change is stored as you type. F1 opens the user manual.</source>
        <translation>新建某单位某年度的年报，以上一年度的报告为基础新建，导入已发布的年报，或打开已经开始编写的报告（单击最近的报告即可打开）。每一处修改在输入时即已保存。按 F1 打开使用说明。</translation>
    </message>
    <message>
        <source>New Report from &amp;Last Year's…</source>
        <translation>新建下一年度报告(&amp;L)…</translation>
    </message>
    <message>
        <source>Start this year's report from last year's: its figures are checked against this year's, its text is the first draft</source>
        <translation>以上一年度的报告为基础新建本年度报告：用上一年度的数字检查本年度，上一年度的文字作为初稿</translation>
    </message>
    <message>
        <source>Read a report published as PDF, Word or web page</source>
        <translation>读入以 PDF、Word 或网页形式发布的年报</translation>
    </message>
</context>
<context>
    <name>ManualPages</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>第%1部分</translation>
    </message>
    <message numerus="yes">
        <source>A table of %n cell(s).</source>
        <translation><numerusform>表格，共 %n 个单元格。</numerusform></translation>
    </message>
    <message>
        <source>Text.</source>
        <translation>文字。</translation>
    </message>
    <message>
        <source>Required: an empty section is a warning.</source>
        <translation>必填：内容为空时给出警告。</translation>
    </message>
    <message>
        <source>Checks of this section:</source>
        <translation>本部分的检查：</translation>
    </message>
    <message>
        <source>%1 (%2, rule %3)</source>
        <translation>%1（%2，规则 %3）</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Title and signature</source>
        <translation>标题与落款</translation>
    </message>
    <message>
        <source>Who reports, for which year, and how the report is signed. The title is filled in from the agency and the year unless you type your own.</source>
        <translation>报告机关、报告年度以及落款。标题默认由机关名称和年度生成，也可以自行填写。</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Full name of the reporting agency</source>
        <translation>报告机关的全称</translation>
    </message>
    <message>
        <source>Agency &amp;kind:</source>
        <translation>机关类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Date of signature:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;lear date</source>
        <translation>清除日期(&amp;L)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Publish by:</source>
        <translation>公布期限：</translation>
    </message>
    <message>
        <source>&amp;Notes (not printed):</source>
        <translation>备注（不打印）(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>落款机关(&amp;B)：</translation>
    </message>
    <message>
        <source>Compute totals a&amp;utomatically</source>
        <translation>自动计算合计(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New Report</source>
        <translation>新建年报</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Full name of the reporting agency</source>
        <translation>报告机关的全称</translation>
    </message>
    <message>
        <source>Agency &amp;kind:</source>
        <translation>机关类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>The report has no format.</source>
        <translation>年报没有格式。</translation>
    </message>
</context>
<context>
    <name>OfficeExport</name>
    <message>
        <source>missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>已改动</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status id</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unexplained warnings</source>
        <translation>未说明的警告</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <source>No repository was given.</source>
        <translation>未指定收报库。</translation>
    </message>
    <message>
        <source>%1 The repository was opened read-only.</source>
        <translation>%1 收报库已以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a repository file.</source>
        <translation>%1 是文件夹，不是收报库文件。</translation>
    </message>
    <message>
        <source>There is no repository at %1.</source>
        <translation>%1 处没有收报库。</translation>
    </message>
    <message>
        <source>%1 is not an office repository.</source>
        <translation>%1 不是收报库。</translation>
    </message>
    <message>
        <source>The office repository %1 cannot be created: %2</source>
        <translation>无法创建收报库 %1：%2</translation>
    </message>
    <message>
        <source>The repository was written by a newer version of Nianbao (repository version %1; this version knows up to %2). It was opened read-only; update the program to receive reports into it.</source>
        <translation>该收报库由更新版本的年报工作台写入（收报库版本 %1；本版本最高支持 %2）。已以只读方式打开；请升级程序后再收报。</translation>
    </message>
    <message>
        <source>The repository has the older version %1 and must be upgraded, which is not possible now: %2</source>
        <translation>该收报库为较旧的版本 %1，必须先升级，但现在无法升级：%2</translation>
    </message>
    <message>
        <source>The repository holds no document number %1.</source>
        <translation>收报库中没有编号为 %1 的文档。</translation>
    </message>
    <message>
        <source>No temporary folder: %1</source>
        <translation>没有可用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The document could not be copied for reading: %1</source>
        <translation>无法复制该文档以供读取：%1</translation>
    </message>
    <message>
        <source>The repository holds no unit number %1.</source>
        <translation>收报库中没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>The report format %1 of unit number %2 is not known to this program.</source>
        <translation>本程序不认识编号为 %2 的单位所用的报告格式 %1。</translation>
    </message>
    <message>
        <source>Unit number %1 holds a cell this program cannot read (%2).</source>
        <translation>编号为 %1 的单位含有本程序无法读取的单元格（%2）。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>already received (the same file as the current copy of %1 %2)</source>
        <translation>已收到过（与 %1 %2 年度的现行版本是同一文件）</translation>
    </message>
    <message>
        <source>already received (the same file as an earlier copy of %1 %2)</source>
        <translation>已收到过（与 %1 %2 年度的先前版本是同一文件）</translation>
    </message>
    <message>
        <source>is not a Nianbao document</source>
        <translation>不是年报工作台文档</translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>was written by a newer version of Nianbao (file version %1; this version knows up to %2); update the program to receive it</source>
        <translation>由更新版本的年报工作台写入（文件版本 %1；本版本最高支持 %2）；请升级程序后再收入</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>没有可用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot be copied for reading: %1</source>
        <translation>无法复制以供读取：%1</translation>
    </message>
    <message>
        <source>is damaged: it names no report format</source>
        <translation>已损坏：未注明报告格式</translation>
    </message>
    <message>
        <source>names no unit: fill in the agency (编制单位) and send it again</source>
        <translation>未注明单位：请填写编制单位后重新报送</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>已收到过</translation>
    </message>
    <message>
        <source>The new unit got no number from the database.</source>
        <translation>数据库没有为新单位分配编号。</translation>
    </message>
    <message>
        <source>received; the earlier copy of %1 %2 went to the history</source>
        <translation>已收到；%1 %2 年度的先前版本已转入历史</translation>
    </message>
    <message>
        <source>received: %1 %2</source>
        <translation>已收到：%1 %2</translation>
    </message>
    <message>
        <source>could not be stored in the repository: %1</source>
        <translation>无法存入收报库：%1</translation>
    </message>
</context>
<context>
    <name>OfficeSource</name>
    <message>
        <source>this is a legacy binary Word/WPS file (.doc/.wps), which Nianbao cannot read; open it in Word or WPS and save it as .docx, then import that</source>
        <translation>这是旧版二进制 Word/WPS 文件（.doc/.wps），年报工作台无法读取；请在 Word 或 WPS 中打开并另存为 .docx，然后导入</translation>
    </message>
    <message>
        <source>the file is a damaged or incomplete zip archive</source>
        <translation>该文件是已损坏或不完整的 zip 压缩包</translation>
    </message>
    <message>
        <source>the file is an OpenDocument file but not a text document (%1)</source>
        <translation>该文件是 OpenDocument 文件，但不是文本文档（%1）</translation>
    </message>
    <message>
        <source>the file is a zip archive but not a Word (DOCX) or OpenDocument (ODT) document</source>
        <translation>该文件是 zip 压缩包，但不是 Word（DOCX）或 OpenDocument（ODT）文档</translation>
    </message>
    <message>
        <source>the document part %1 is damaged or too large</source>
        <translation>文档部件 %1 已损坏或过大</translation>
    </message>
    <message>
        <source>the document part %1 is not well-formed XML</source>
        <translation>文档部件 %1 不是格式正确的 XML</translation>
    </message>
</context>
<context>
    <name>PdfModuleLoader</name>
    <message>
        <source>%1 is not Nianbao's PDF module</source>
        <translation>%1 不是年报工作台的 PDF 模块</translation>
    </message>
    <message>
        <source>%1 was not found in %2</source>
        <translation>在 %2 中找不到 %1</translation>
    </message>
</context>
<context>
    <name>PdfTextSource</name>
    <message>
        <source>the PDF is damaged or incomplete and cannot be read</source>
        <translation>该 PDF 文件已损坏或不完整，无法读取</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it, save an unprotected copy and import that</source>
        <translation>该 PDF 文件受密码保护；请打开它，另存一份未加密的副本后再导入</translation>
    </message>
    <message>
        <source>the PDF has no pages (damaged or incomplete)</source>
        <translation>该 PDF 文件没有页面（已损坏或不完整）</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, too many for a report</source>
        <translation>该 PDF 文件有 %1 页，对于一份年报而言过多</translation>
    </message>
    <message>
        <source>the PDF contains no text (a scanned or image-only document); Nianbao does not recognise text in images — import the report from its web page or a Word file</source>
        <translation>该 PDF 文件不含文字（扫描件或纯图片文档）；年报工作台不识别图片中的文字——请从网页或 Word 文件导入该年报</translation>
    </message>
    <message>
        <source>PDF reading is not installed: %1</source>
        <translation>未安装 PDF 读取模块：%1</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>Cannot use the office repository %1: %2</source>
        <translation>无法使用收报库 %1：%2</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. What was being stored when it happened was not stored at all; run the command again when the server is reachable.</source>
        <translation>与数据库服务器的连接已断开。断开时正在保存的内容完全没有保存；服务器可以访问后请重新运行命令。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). What was being stored when it happened was not stored at all; run the command again when the server is reachable.</source>
        <translation>与数据库服务器的连接已断开（%1）。断开时正在保存的内容完全没有保存；服务器可以访问后请重新运行命令。</translation>
    </message>
    <message>
        <source>The database refused the access (%1): the user needs the privileges listed in docs/office-server.md.</source>
        <translation>数据库拒绝访问（%1）：该用户需要 docs/office-server.md 中列出的权限。</translation>
    </message>
    <message>
        <source>The repository is open read-only: %1</source>
        <translation>收报库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Another user has been writing to the repository for more than %1 seconds; try again later (%2).</source>
        <translation>另一位用户写入收报库已超过 %1 秒；请稍后再试（%2）。</translation>
    </message>
    <message>
        <source>The database server reported an error.</source>
        <translation>数据库服务器报告了错误。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Default &amp;agency:</source>
        <translation>默认机关名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Default agency &amp;kind:</source>
        <translation>默认机关类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation>字体(&amp;F)</translation>
    </message>
    <message>
        <source>Fonts used for printing and export. When a font is not installed, the next one that is takes its place: the last column shows the font that will really be used.</source>
        <translation>打印和导出时使用的字体。某种字体未安装时，由下一种已安装的字体代替：最后一列显示实际使用的字体。</translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>(not in the format)</source>
        <translation>（该格式中没有）</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>无法计算（%1）</translation>
    </message>
    <message>
        <source>Before: %1 (%2, %3)</source>
        <translation>之前：%1（%2，%3）</translation>
    </message>
    <message>
        <source>After:  %1 (%2, %3)</source>
        <translation>之后：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Key indicators (%1 → %2)</source>
        <translation>关键指标（%1 → %2）</translation>
    </message>
    <message>
        <source>Changed table cells: %1</source>
        <translation>有变化的表格单元格：%1</translation>
    </message>
    <message>
        <source>Changed narrative paragraphs: %1</source>
        <translation>有变化的正文段落：%1</translation>
    </message>
    <message>
        <source>%1, paragraph %2: changed</source>
        <translation>%1 第 %2 段：已修改</translation>
    </message>
    <message>
        <source>%1, paragraph %2: added</source>
        <translation>%1 第 %2 段：新增</translation>
    </message>
    <message>
        <source>%1, paragraph %2 of the older text: removed</source>
        <translation>%1 原文第 %2 段：已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n table cell(s) and %1 paragraph(s) changed.</source>
        <translation><numerusform>%n 个表格单元格、%1 个段落有变化。</numerusform></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
</context>
<context>
    <name>ReportFileReader</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a Nianbao document or Nianbao JSON file</source>
        <translation>不是年报工作台文档或年报工作台 JSON 文件</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>the file is too large for a report (%1 MB)</source>
        <translation>文件太大，不像是年报（%1 MB）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not text (binary data)</source>
        <translation>文件不是文本（二进制数据）</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是文件夹</translation>
    </message>
</context>
<context>
    <name>ReportRecords</name>
    <message>
        <source>The document names no report format; the file is damaged.</source>
        <translation>文档中没有指明年报格式；文件已损坏。</translation>
    </message>
    <message>
        <source>The document uses the report format “%1”, which this program does not know. Install the format file and open the document again.</source>
        <translation>文档使用年报格式“%1”，本程序不认识该格式。请安装该格式文件后重新打开文档。</translation>
    </message>
    <message>
        <source>The document has no “%1”; the file is damaged.</source>
        <translation>文档中没有“%1”；文件已损坏。</translation>
    </message>
    <message>
        <source>The document has an invalid value “%1” for “%2”; the file is damaged.</source>
        <translation>文档中“%2”的值“%1”无效；文件已损坏。</translation>
    </message>
    <message>
        <source>The document has an unreadable value “%1” in %2; the file is damaged.</source>
        <translation>文档的 %2 中有无法读取的值“%1”；文件已损坏。</translation>
    </message>
    <message>
        <source>The document's copy of last year's report cannot be read (%1); the file is damaged.</source>
        <translation>文档中保存的上一年度报告无法读取（%1）；文件已损坏。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>No output device.</source>
        <translation>没有输出设备。</translation>
    </message>
    <message numerus="yes">
        <source>The selected page range contains none of the report's %n page(s).</source>
        <translation><numerusform>所选页码范围不包含年报 %n 页中的任何一页。</numerusform></translation>
    </message>
    <message>
        <source>Could not start printing to the output device.</source>
        <translation>无法开始向输出设备打印。</translation>
    </message>
    <message>
        <source>The output device refused a new page.</source>
        <translation>输出设备拒绝了新页面。</translation>
    </message>
    <message>
        <source>Could not finish the output.</source>
        <translation>无法完成输出。</translation>
    </message>
</context>
<context>
    <name>RepositoryDialect</name>
    <message>
        <source>The repository could not be read or written.</source>
        <translation>无法读写收报库。</translation>
    </message>
    <message>
        <source>This version of Nianbao cannot open a repository at “%1://…”: no database driver for it is available.</source>
        <translation>本版本的年报工作台无法打开“%1://…”处的收报库：没有相应的数据库驱动。</translation>
    </message>
</context>
<context>
    <name>RepositorySchema</name>
    <message>
        <source>%1 is a database, but not an office repository.</source>
        <translation>%1 是一个数据库，但不是收报库。</translation>
    </message>
    <message>
        <source>The office repository is damaged: its version “%1” is not a number.</source>
        <translation>收报库已损坏：其版本“%1”不是数字。</translation>
    </message>
    <message>
        <source>The office repository version %1 cannot be upgraded by this program.</source>
        <translation>本程序无法升级版本为 %1 的收报库。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>The roster is neither UTF-8 nor GBK text.</source>
        <translation>名单既不是 UTF-8 文本，也不是 GBK 文本。</translation>
    </message>
    <message>
        <source>The roster %1 cannot be read: %2</source>
        <translation>无法读取名单 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>%1 / %2 is negative (%3); counts and amounts cannot be below 0.</source>
        <translation>%1 / %2 为负数（%3）；件数和金额不能小于 0。</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 has %n blank cell(s), the first at %2 / %3. Enter 0 where nothing happened.</source>
        <translation><numerusform>表%1有 %n 个空白单元格，第一个在 %2 / %3。没有发生的请填 0。</numerusform></translation>
    </message>
    <message>
        <source>Section “%1” is empty.</source>
        <translation>“%1”部分为空。</translation>
    </message>
    <message>
        <source>The agency name is empty.</source>
        <translation>机关名称为空。</translation>
    </message>
    <message>
        <source>The report year %1 is not plausible.</source>
        <translation>报告年度 %1 不合理。</translation>
    </message>
    <message>
        <source>The report date (成文日期) is not set.</source>
        <translation>尚未填写成文日期。</translation>
    </message>
    <message>
        <source>The legal deadline %1 for a %2 has passed.</source>
        <translation>%2的法定公布期限 %1 已过。</translation>
    </message>
    <message>
        <source>The report date %1 must be after the report year %2.</source>
        <translation>成文日期 %1 必须在报告年度 %2 之后。</translation>
    </message>
    <message>
        <source>The report date %1 is after the legal deadline %2 for a %3.</source>
        <translation>成文日期 %1 晚于%3的法定公布期限 %2。</translation>
    </message>
    <message>
        <source>Cannot be checked: a cell of this rule was left blank by an import problem (%1). Rule: %2</source>
        <translation>无法检查：该规则涉及的单元格因导入问题留空（%1）。规则：%2</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>A server address starts with postgresql:// (%1).</source>
        <translation>服务器地址以 postgresql:// 开头（%1）。</translation>
    </message>
    <message>
        <source>The server address contains a password. A password is never given in the address (it would show in the list of processes and in the shell's history): set PGPASSWORD or put it in the .pgpass file (pgpass.conf on Windows), then give the address as %1.</source>
        <translation>服务器地址中含有密码。密码不能写在地址中（否则会出现在进程列表和命令历史中）：请设置 PGPASSWORD，或写入 .pgpass 文件（Windows 上为 pgpass.conf），然后按 %1 的形式给出地址。</translation>
    </message>
    <message>
        <source>The server address is incomplete: write it as %1.</source>
        <translation>服务器地址不完整：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address is not valid (%1): write it as %2.</source>
        <translation>服务器地址无效（%1）：请写成 %2。</translation>
    </message>
    <message>
        <source>The server address names no user: write it as %1.</source>
        <translation>服务器地址中没有用户名：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address names no server (host): write it as %1.</source>
        <translation>服务器地址中没有服务器（主机）：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address has no valid port (1 to 65535).</source>
        <translation>服务器地址中的端口无效（应为 1 至 65535）。</translation>
    </message>
    <message>
        <source>The server address names no database: write it as %1.</source>
        <translation>服务器地址中没有数据库名：请写成 %1。</translation>
    </message>
    <message>
        <source>The server address has more than one database name (“%1”): write it as %2.</source>
        <translation>服务器地址中的数据库名不止一个（“%1”）：请写成 %2。</translation>
    </message>
    <message>
        <source>The server address may not end with a “#” part: write it as %1.</source>
        <translation>服务器地址不能以“#”部分结尾：请写成 %1。</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1” (one of %2).</source>
        <translation>未知的 sslmode“%1”（可选：%2）。</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation>connect_timeout 必须是 1 至 600 之间的秒数。</translation>
    </message>
    <message>
        <source>Unknown setting “%1” in the server address (allowed: sslmode, connect_timeout).</source>
        <translation>服务器地址中有未知设置“%1”（允许：sslmode、connect_timeout）。</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql (Debian); on Windows, qsqlpsql.dll needs libpq.dll and its DLLs beside it (docs/office-server.md).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）：请安装软件包 libqt6sql6-psql（Debian）；在 Windows 上，qsqlpsql.dll 需要旁边有 libpq.dll 及其依赖的 DLL（见 docs/office-server.md）。</translation>
    </message>
    <message>
        <source>Cannot connect to the office repository %1: %2</source>
        <translation>无法连接收报库 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>文件夹 %1 是只读的。</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>文件 %1 是只读的。</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Nianbao document, or it was cut off.</source>
        <translation>文件 %1 为空：它不是年报工作台文档，或者已被截断。</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao document.</source>
        <translation>%1 不是年报工作台文档。</translation>
    </message>
    <message>
        <source>The document %1 is incomplete (the file was cut off or damaged). It was not changed; open a copy or a backup instead.</source>
        <translation>文档 %1 不完整（文件被截断或已损坏）。文档未被修改；请改为打开副本或备份。</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao document (it is a database of another program).</source>
        <translation>%1 不是年报工作台文档（它是其他程序的数据库）。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>The document could not be switched to the rollback journal.</source>
        <translation>无法将文档切换为回滚日志模式。</translation>
    </message>
    <message>
        <source>The document returned no answer to %1.</source>
        <translation>文档对 %1 没有返回结果。</translation>
    </message>
    <message numerus="yes">
        <source>… %n more problem(s)</source>
        <translation><numerusform>……另有 %n 个问题</numerusform></translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved and the document is unchanged; free some space and try again.</source>
        <translation>磁盘已满。修改未保存，文档保持不变；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The document cannot be written (read-only file, folder or medium). The change was not saved and the document is unchanged.</source>
        <translation>无法写入文档（文件、文件夹或介质为只读）。修改未保存，文档保持不变。</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. The change was not saved and the document is unchanged.</source>
        <translation>磁盘报告读写错误。修改未保存，文档保持不变。</translation>
    </message>
    <message>
        <source>The document file is damaged.</source>
        <translation>文档文件已损坏。</translation>
    </message>
    <message>
        <source>The document file cannot be opened.</source>
        <translation>无法打开文档文件。</translation>
    </message>
    <message>
        <source>The document could not be read or written.</source>
        <translation>无法读写文档。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The document is busy in another program; nothing was changed. Try again in a moment.</source>
        <translation>文档正被另一个程序占用；未做任何修改。请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full, so the document could not be read. Free some space and try again.</source>
        <translation>磁盘已满，无法读取文档。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>Reading the document needs write access, which the file, folder or medium does not allow.</source>
        <translation>读取文档需要写入权限，但文件、文件夹或介质不允许写入。</translation>
    </message>
    <message>
        <source>The document is busy in another program. Try again in a moment.</source>
        <translation>文档正被另一个程序占用。请稍后重试。</translation>
    </message>
    <message>
        <source>The disk reported a read error, so the document could not be read.</source>
        <translation>磁盘报告读取错误，无法读取文档。</translation>
    </message>
    <message>
        <source>The document could not be read.</source>
        <translation>无法读取文档。</translation>
    </message>
</context>
<context>
    <name>TableAssembler</name>
    <message>
        <source>Row “%1” has %2 values but table %3 has %4 columns here; the row was not imported.</source>
        <translation>行“%1”有 %2 个值，但表%3此处有 %4 列；该行未导入。</translation>
    </message>
    <message>
        <source>Unreadable value “%1” (%2) in “%3” / “%4”; the cell was left blank.</source>
        <translation>“%3” / “%4”中的值“%1”无法识别（%2）；该单元格留空。</translation>
    </message>
    <message>
        <source>“%1” in “%2” / “%3” is not a whole number; recorded as printed.</source>
        <translation>“%2” / “%3”中的“%1”不是整数；按原文记录。</translation>
    </message>
    <message>
        <source>A second data row in table %1 was not imported.</source>
        <translation>表%1的第二个数据行未导入。</translation>
    </message>
    <message>
        <source>Table %1 needs %2 values in its data row; this row has %3 and was not imported.</source>
        <translation>表%1的数据行需要 %2 个值；该行有 %3 个，未导入。</translation>
    </message>
    <message>
        <source>No data row of table %1 was found; its cells were left blank.</source>
        <translation>没有找到表%1的数据行；其单元格留空。</translation>
    </message>
    <message>
        <source>%1 lines of text in section %2 are not part of its table and were not imported.</source>
        <translation>第%2部分中有 %1 行文字不属于表格，未导入。</translation>
    </message>
    <message>
        <source>Text in section %1 is not part of its table and was not imported.</source>
        <translation>第%1部分中的文字不属于表格，未导入。</translation>
    </message>
    <message>
        <source>Section %1 is too long to be a table; from here on nothing was imported.</source>
        <translation>第%1部分太长，不像表格；从此处起未导入任何内容。</translation>
    </message>
    <message>
        <source>Too many rows in table %1; this row was not imported.</source>
        <translation>表%1的行数过多；该行未导入。</translation>
    </message>
    <message>
        <source>Values without a row label in table %1 were not imported.</source>
        <translation>表%1中没有行标签的数值未导入。</translation>
    </message>
    <message>
        <source>Row “%1” is not a row of table %2 in this format (or is printed twice); it was not imported.</source>
        <translation>行“%1”不是此格式表%2中的行（或重复出现）；未导入。</translation>
    </message>
    <message>
        <source>Row “%1” is printed as one row, but this format divides it into %2 rows; its values were not imported and those rows were left blank.</source>
        <translation>行“%1”印为一行，但此格式将其分为 %2 行；其数值未导入，这些行留空。</translation>
    </message>
    <message>
        <source>No row of table %1 was recognised; its cells were left blank.</source>
        <translation>表%1没有可识别的行；其单元格留空。</translation>
    </message>
    <message>
        <source>Row “%1” of table %2 was not found; its cells were left blank.</source>
        <translation>没有找到表%2的行“%1”；其单元格留空。</translation>
    </message>
    <message>
        <source>the data row of table %1</source>
        <translation>表%1的数据行</translation>
    </message>
    <message>
        <source>The values of %1 are printed without a separator between some cells (“%2”) and no way of splitting them into its %3 cells adds up; the row was not imported.</source>
        <translation>%1的数值有些单元格之间没有分隔（“%2”），拆分为该行的 %3 个单元格后没有一种拆法能使合计相符；该行未导入。</translation>
    </message>
    <message>
        <source>The values of %1 are printed without a separator between some cells (“%2”) and can be split into its %3 cells in more than one way; the row was not imported.</source>
        <translation>%1的数值有些单元格之间没有分隔（“%2”），拆分为该行的 %3 个单元格有不止一种拆法；该行未导入。</translation>
    </message>
</context>
<context>
    <name>ValueToken</name>
    <message>
        <source>too large (more than %1)</source>
        <translation>过大（超过 %1）</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>more than 6 decimals</source>
        <translation>超过 6 位小数</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions and History</source>
        <translation>版本与编辑记录</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>编辑记录(&amp;H)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Versions saved with File → Save a Version. Restoring one brings its content back as one step that Undo can take back. Select two versions (Ctrl+click) to compare them.</source>
        <translation>用“文件 → 保存版本”保存的版本。恢复某个版本会一步恢复其内容，可用“撤销”撤回。选中两个版本（按住 Ctrl 单击）可相互比较。</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>One version selected: compare it with the report as it is now. Two selected (Ctrl+click): compare them with each other.</source>
        <translation>选中一个版本：与报告现在的内容比较。选中两个版本（按住 Ctrl 单击）：相互比较。</translation>
    </message>
</context>
<context>
    <name>YearRules</name>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The report date (落款)</source>
        <translation>落款日期</translation>
    </message>
</context>
<context>
    <name>YearsActions</name>
    <message>
        <source>New Report from Las&amp;t Year's…</source>
        <translation>新建下一年度报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Year…</source>
        <translation>与其他年度比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Con&amp;vert to Another Format…</source>
        <translation>转换为其他格式(&amp;V)…</translation>
    </message>
    <message>
        <source>Convert to Another Format</source>
        <translation>转换为其他格式</translation>
    </message>
    <message>
        <source>There is no other format to convert to.</source>
        <translation>没有可以转换到的其他格式。</translation>
    </message>
    <message>
        <source>New Report from Last Year's</source>
        <translation>新建下一年度报告</translation>
    </message>
    <message>
        <source>Choose Last Year's Report</source>
        <translation>选择上一年度的报告</translation>
    </message>
    <message>
        <source>Reports (*.nianbao *.pdf *.docx *.odt *.html *.htm *.txt *.json);;All files (*)</source>
        <translation>年度报告 (*.nianbao *.pdf *.docx *.odt *.html *.htm *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the New Report</source>
        <translation>保存新报告</translation>
    </message>
    <message>
        <source>Nianbao documents (*.nianbao)</source>
        <translation>年报工作台文档 (*.nianbao)</translation>
    </message>
    <message numerus="yes">
        <source>The report for %1 was started from last year's report: %n cell(s) carried over, the text copied as a draft.</source>
        <translation><numerusform>已根据上一年度报告新建 %1 年度报告：结转 %n 个单元格，正文已复制为草稿。</numerusform></translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>Cannot create the zip container (error %1).</source>
        <translation>无法创建 zip 压缩包（错误 %1）。</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip container.</source>
        <translation>无法将 %1 写入 zip 压缩包。</translation>
    </message>
    <message>
        <source>Cannot finish the zip container (error %1).</source>
        <translation>无法完成 zip 压缩包（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Drafts and checks government information disclosure annual reports.</source>
        <translation>编写和检查政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>Open FILE.</source>
        <translation>打开 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Open the document read-only.</source>
        <translation>以只读方式打开文档。</translation>
    </message>
    <message>
        <source>Report to open (.nianbao).</source>
        <translation>要打开的年报（.nianbao）。</translation>
    </message>
</context>
<context>
    <name>nb::ReportDocument</name>
    <message>
        <source>There is no cell %1 in this format.</source>
        <translation>此格式中没有单元格 %1。</translation>
    </message>
    <message>
        <source>“%1” is a total computed from other cells. Turn off automatic totals to enter it by hand.</source>
        <translation>“%1”是由其他单元格计算得出的合计。如需手工填写，请关闭自动计算合计。</translation>
    </message>
    <message>
        <source>The agency name must not be empty.</source>
        <translation>机关名称不能为空。</translation>
    </message>
    <message>
        <source>Unknown agency kind “%1”.</source>
        <translation>未知的机关类型“%1”。</translation>
    </message>
    <message>
        <source>The report year must be a year between %1 and %2.</source>
        <translation>报告年度必须在 %1 年到 %2 年之间。</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>There is no narrative section “%1” in this format.</source>
        <translation>此格式中没有文字部分“%1”。</translation>
    </message>
    <message>
        <source>The report has no file yet; save it to a file first.</source>
        <translation>年报还没有文件；请先保存为文件。</translation>
    </message>
    <message numerus="yes">
        <source>Section %1 has %n paragraph(s); there is no paragraph %2.</source>
        <translation><numerusform>第%1部分共有 %n 段，没有第 %2 段。</numerusform></translation>
    </message>
    <message>
        <source>There is no explanation for “%1”.</source>
        <translation>“%1”没有说明。</translation>
    </message>
    <message>
        <source>The document is not a final copy.</source>
        <translation>文档不是定稿。</translation>
    </message>
</context>
<context>
    <name>nb::ReportImporter</name>
    <message>
        <source>no report format is available</source>
        <translation>没有可用的年报格式</translation>
    </message>
    <message>
        <source>No title was found before the first section.</source>
        <translation>在第一部分之前没有找到标题。</translation>
    </message>
    <message>
        <source>The report year was not found.</source>
        <translation>没有找到报告年度。</translation>
    </message>
    <message>
        <source>No statistics table of a known format was found; the report was read as format %1 from its year.</source>
        <translation>没有找到已知格式的统计表；根据年度按格式 %1 读取年报。</translation>
    </message>
    <message>
        <source>Section “%1” was not found.</source>
        <translation>没有找到“%1”部分。</translation>
    </message>
    <message>
        <source>Text after the signature was not imported.</source>
        <translation>落款之后的文字未导入。</translation>
    </message>
    <message>
        <source>%1 lines of section “%2” were not imported: they are not a table of format %3.</source>
        <translation>“%2”部分有 %1 行未导入：它们不是格式 %3 的表格。</translation>
    </message>
    <message>
        <source>The agency was not found in the title or the signature.</source>
        <translation>在标题和落款中都没有找到机关名称。</translation>
    </message>
    <message>
        <source>no part of an annual report was recognised</source>
        <translation>没有识别出年报的任何部分</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No numbered part (一、…) was found; the text was kept before the first part.</source>
        <translation>未找到带编号的部分（一、…），全文保留为第一部分之前的文字。</translation>
    </message>
</context>
<context>
    <name>nb::cli::Commands</name>
    <message>
        <source>Import published reports and check them in batch (files or folders)</source>
        <translation>导入已发布的年报并批量检查（文件或文件夹）</translation>
    </message>
    <message>
        <source>Export a report (JSON, PDF, DOCX, ODT, HTML, CSV)</source>
        <translation>导出年报（JSON、PDF、DOCX、ODT、HTML、CSV）</translation>
    </message>
    <message>
        <source>Show the edit log and saved versions</source>
        <translation>显示编辑记录和已保存的版本</translation>
    </message>
    <message>
        <source>Save a named version of a document</source>
        <translation>为文档保存一个命名版本</translation>
    </message>
    <message>
        <source>Create a document from JSON or a published report</source>
        <translation>由 JSON 或已发布的年报创建文档</translation>
    </message>
    <message>
        <source>Create a new report document</source>
        <translation>新建年报文档</translation>
    </message>
    <message>
        <source>Change cells, section text or metadata</source>
        <translation>修改单元格、章节文字或元数据</translation>
    </message>
    <message>
        <source>Check a report with every rule</source>
        <translation>按全部规则检查年报</translation>
    </message>
    <message>
        <source>Usage: nianbao-cli COMMAND [OPTIONS] [FILES]</source>
        <translation>用法：nianbao-cli 命令 [选项] [文件]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run 'nianbao-cli COMMAND --help' for the options of a command.
Exit codes: 0 ok, 1 the report has errors (or problems), 2 usage or input/output error.</source>
        <translation>运行 'nianbao-cli 命令 --help' 查看该命令的选项。
退出码：0 正常，1 年报有错误（或问题），2 用法或输入输出错误。</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Check a format definition file</source>
        <translation>检查格式定义文件</translation>
    </message>
    <message>
        <source>Start next year's report from last year's</source>
        <translation>以上一年度报告新建下一年度报告</translation>
    </message>
    <message>
        <source>Mark a narrative paragraph as intentionally kept</source>
        <translation>将文字段落标记为有意保留</translation>
    </message>
    <message>
        <source>Compare two reports (two years)</source>
        <translation>比较两份报告（两个年度）</translation>
    </message>
    <message>
        <source>Convert a report to another format</source>
        <translation>把报告转换为另一种格式</translation>
    </message>
    <message>
        <source>Add up units' reports into a consolidated total</source>
        <translation>将各单位的报告汇总为一份合计报告</translation>
    </message>
    <message>
        <source>Explain a warning (说明), or remove an explanation</source>
        <translation>为警告添加说明，或删除说明</translation>
    </message>
    <message>
        <source>Make a document a final copy; print its fingerprint</source>
        <translation>将文档定稿并打印校验码</translation>
    </message>
    <message>
        <source>Return a final copy to draft, with a reason</source>
        <translation>填写原因，将定稿退回草稿</translation>
    </message>
    <message>
        <source>Check that a final copy still matches its fingerprint</source>
        <translation>核验定稿是否仍与校验码一致</translation>
    </message>
    <message>
        <source>The office repository: receive units' reports, status, consolidate, export</source>
        <translation>收报库：收入各单位报告、查看状态、汇总、导出</translation>
    </message>
</context>
<context>
    <name>nb::gui::AboutDialog</name>
    <message>
        <source>GNU Lesser General Public License version 3</source>
        <translation>GNU 宽通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>The application framework: windows, printing, PDF output, the SQLite driver. Linked dynamically; it can be replaced by another build of the same Qt version.</source>
        <translation>应用程序框架：窗口、打印、PDF 输出、SQLite 驱动。动态链接，可替换为同一 Qt 版本的其他构建。</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License version 2.1 with static linking exception</source>
        <translation>GNU 宽通用公共许可证第 2.1 版（附静态链接例外）</translation>
    </message>
    <message>
        <source>Writes the zip container of DOCX and ODT files.</source>
        <translation>写出 DOCX 和 ODT 文件的 zip 容器。</translation>
    </message>
    <message>
        <source>GNU General Public License version 3 with font exception</source>
        <translation>GNU 通用公共许可证第 3 版（附字体例外）</translation>
    </message>
    <message>
        <source>The bundled fallback fonts (FandolFang, FandolSong, FandolHei, FandolKai). The exception means that documents embedding them are not covered by the GPL.</source>
        <translation>随程序附带的后备字体（FandolFang、FandolSong、FandolHei、FandolKai）。依据该例外，嵌入这些字体的文档不受 GPL 约束。</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>Stores each report file (.nianbao), through Qt's SQLite driver.</source>
        <translation>通过 Qt 的 SQLite 驱动保存每个年报文件（.nianbao）。</translation>
    </message>
    <message>
        <source>GNU General Public License version 2 or later</source>
        <translation>GNU 通用公共许可证第 2 版或更高版本</translation>
    </message>
    <message>
        <source>Reads the text of published reports in PDF (PDF import).</source>
        <translation>读取已发布 PDF 年报的文字（PDF 导入）。</translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation>关于年报工作台</translation>
    </message>
    <message>
        <source>Nianbao (年报工作台)</source>
        <translation>年报工作台（Nianbao）</translation>
    </message>
    <message>
        <source>Drafts and checks government information disclosure annual reports (政府信息公开工作年度报告) in the national formats.</source>
        <translation>按全国统一格式编写、检查政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>Version %1
Built on %2
Qt %3 (compiled with Qt %4)</source>
        <translation>版本 %1
构建日期 %2
Qt %3（编译时 Qt %4）</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Nianbao ships with these components:</source>
        <translation>年报工作台附带以下组件：</translation>
    </message>
    <message>
        <source>Full text: %1</source>
        <translation>全文：%1</translation>
    </message>
    <message>
        <source>(licence text missing from this build)</source>
        <translation>（许可证文本缺失）</translation>
    </message>
</context>
<context>
    <name>nb::gui::BatchCheckWindow</name>
    <message>
        <source>Check Several Reports</source>
        <translation>检查多份年报</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 of %2 files checked; %3 with errors or import problems.</source>
        <translation>已检查 %1/%2 个文件；%3 个有错误或导入问题。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Add Reports</source>
        <translation>添加年报</translation>
    </message>
    <message>
        <source>Add a Folder of Reports</source>
        <translation>添加年报文件夹</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.odt *.txt *.htm *.html *.json);;All files (*)</source>
        <translation>已发布的年报 (*.pdf *.docx *.odt *.txt *.htm *.html *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (not reports).</source>
        <translation><numerusform>已跳过 %n 个文件（不是年报）。</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::CellFindingLine</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more: point at the cell to read them all)</source>
        <translation><numerusform>（另有 %n 条：鼠标指向单元格可查看全部）</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::ComparisonView</name>
    <message>
        <source>undefined: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>(not in the format)</source>
        <translation>（该格式中没有）</translation>
    </message>
    <message>
        <source>Compare Years</source>
        <translation>年度比较</translation>
    </message>
    <message>
        <source>Choose the report of another year to compare with %1.</source>
        <translation>请选择另一年度的报告，与%1进行比较。</translation>
    </message>
    <message>
        <source>&amp;Choose Other Report…</source>
        <translation>选择另一份报告(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>另存为 HTML(&amp;S)…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Table Cells</source>
        <translation>表格单元格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Narratives</source>
        <translation>正文(&amp;N)</translation>
    </message>
    <message>
        <source>Report of Another Year</source>
        <translation>另一年度的报告</translation>
    </message>
    <message>
        <source>Reports (*.nianbao *.json *.pdf *.docx *.odt *.html *.htm *.txt);;All files (*)</source>
        <translation>报告 (*.nianbao *.json *.pdf *.docx *.odt *.html *.htm *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>无法比较 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) → %3 (%4): %n table cell(s) and %5 paragraph(s) changed.</source>
        <translation><numerusform>%1（%2）→ %3（%4）：%n 个表格单元格、%5 个段落有变化。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Table Cells (%1)</source>
        <translation>表格单元格(&amp;T)（%1）</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: changed</source>
        <translation>第%1部分第 %2 段：已修改</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2: added</source>
        <translation>第%1部分第 %2 段：新增</translation>
    </message>
    <message>
        <source>Section %1, paragraph %2 of the older text: removed</source>
        <translation>第%1部分原文第 %2 段：已删除</translation>
    </message>
    <message>
        <source>No narrative paragraph changed.</source>
        <translation>没有正文段落发生变化。</translation>
    </message>
    <message>
        <source>&amp;Narratives (%1)</source>
        <translation>正文(&amp;N)（%1）</translation>
    </message>
    <message>
        <source>Save Comparison as HTML</source>
        <translation>将比较结果另存为 HTML</translation>
    </message>
    <message>
        <source>comparison-%1-%2.html</source>
        <translation>年度比较-%1-%2.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>nb::gui::ConvertDialog</name>
    <message>
        <source>Convert to Another Format</source>
        <translation>转换为其他格式</translation>
    </message>
    <message>
        <source>Current format:</source>
        <translation>当前格式：</translation>
    </message>
    <message>
        <source>&amp;New format:</source>
        <translation>新格式(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Convert and Save As…</source>
        <translation>转换并另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>What the conversion does (also written into the new document's notes):</source>
        <translation>转换结果（同时写入新文档的备注）：</translation>
    </message>
    <message>
        <source>%1 (%2).nianbao</source>
        <translation>%1（%2）.nianbao</translation>
    </message>
    <message>
        <source>Save Converted Report</source>
        <translation>保存转换后的报告</translation>
    </message>
    <message>
        <source>Nianbao documents (*.nianbao)</source>
        <translation>年报工作台文档 (*.nianbao)</translation>
    </message>
</context>
<context>
    <name>nb::gui::ExportDoneDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Written to “%1”.</source>
        <translation>已写入“%1”。</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>No program could open “%1”.</source>
        <translation>没有程序能打开“%1”。</translation>
    </message>
</context>
<context>
    <name>nb::gui::FileCommands</name>
    <message>
        <source>Nianbao reports (*.nianbao);;All files (*)</source>
        <translation>年报工作台文档 (*.nianbao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>新建年报</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it.</source>
        <translation>“%1”已存在。请换一个名称，或打开它。</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开年报</translation>
    </message>
    <message>
        <source>“%1” could not be created.

%2</source>
        <translation>无法创建“%1”。

%2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存年报</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>Save a Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Every change is already stored. Name this version so you can find it later:</source>
        <translation>每一处修改都已保存。为此版本命名，以便日后查找：</translation>
    </message>
    <message>
        <source>Version “%1” saved.</source>
        <translation>已保存版本“%1”。</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>A copy was saved as “%1”.</source>
        <translation>已将副本保存为“%1”。</translation>
    </message>
    <message>
        <source>Save Imported Report</source>
        <translation>保存导入的年报</translation>
    </message>
    <message>
        <source>Imported. The report is not saved yet: use Save As to keep it.</source>
        <translation>已导入。年报尚未保存：请用“另存为”保存。</translation>
    </message>
    <message>
        <source>Nianbao reports (*.nianbao);;Nianbao JSON and published reports (*.json *.pdf *.docx *.odt *.txt *.html *.htm);;All files (*)</source>
        <translation>年报工作台文档 (*.nianbao);;年报工作台 JSON 和已发布的年报 (*.json *.pdf *.docx *.odt *.txt *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” could not be opened.

%2</source>
        <translation>无法打开“%1”。

%2</translation>
    </message>
    <message>
        <source>Opened “%1”. It is not saved as a report document yet: use Save As.</source>
        <translation>已打开“%1”。它还没有保存为年报文档：请用“另存为”保存。</translation>
    </message>
    <message>
        <source>The report was upgraded to the current file format.</source>
        <translation>年报已升级为当前的文件格式。</translation>
    </message>
    <message>
        <source>The report was not closed properly last time; all stored edits are there.</source>
        <translation>年报上次没有正常关闭；所有已保存的修改都在。</translation>
    </message>
    <message>
        <source>“%1” is being edited by %2 on computer %3 (since %4).

It has been opened read-only: you can read, print and export it, but not change it.</source>
        <translation>“%1”正由 %2 在计算机 %3 上编辑（自 %4 起）。

已以只读方式打开：可以阅读、打印和导出，但不能修改。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>“%1” has been opened read-only.

%2</source>
        <translation>已以只读方式打开“%1”。

%2</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Some text could not be saved:
%1

Close anyway and lose that text?</source>
        <translation>有文字未能保存：
%1

仍要关闭并丢弃这些文字吗？</translation>
    </message>
    <message>
        <source>Close Report</source>
        <translation>关闭年报</translation>
    </message>
    <message>
        <source>This report has not been saved to a file yet. Save it before closing?</source>
        <translation>此年报尚未保存为文件。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Last Year's Report</source>
        <translation>上一年度年报</translation>
    </message>
    <message>
        <source>“%1” could not be read.

%2</source>
        <translation>无法读取“%1”。

%2</translation>
    </message>
    <message>
        <source>Note: that report is for %1, not %2.</source>
        <translation>注意：该年报是 %1 年度的，而不是 %2 年度。</translation>
    </message>
    <message>
        <source>The cross-year checks use “%1”. Choose another report?

(No: stop comparing with last year.)</source>
        <translation>跨年度检查正在使用“%1”。要另选一份年报吗？

（选“否”：不再与上一年度对照。）</translation>
    </message>
    <message>
        <source>Cross-year checks now compare with “%1”.</source>
        <translation>跨年度检查现在与“%1”对照。</translation>
    </message>
</context>
<context>
    <name>nb::gui::FinalCopyActions</name>
    <message>
        <source>Finali&amp;ze (定稿)…</source>
        <translation>定稿(&amp;Z)…</translation>
    </message>
    <message>
        <source>Make this report a final copy: no more changes, a fingerprint to check it by</source>
        <translation>将本报告定稿：不再修改，并生成可供核验的校验码</translation>
    </message>
    <message>
        <source>Return to &amp;Draft…</source>
        <translation>退回草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>定稿 — final copy, ALTERED: its content no longer matches the fingerprint %1 given when %2 finalized it on %3. Do not send it; ask for a new final copy.</source>
        <translation>定稿 — 已被改动：内容与 %2 于 %3 定稿时的校验码 %1 不再一致。请勿报送，请重新定稿。</translation>
    </message>
    <message>
        <source>定稿 — final copy, ALTERED: %1</source>
        <translation>定稿 — 已被改动：%1</translation>
    </message>
    <message>
        <source>定稿 — final copy, finalized by %1 on %2. It cannot be changed (File → Return to Draft…). Fingerprint (校验码): %3</source>
        <translation>定稿 — 由 %1 于 %2 定稿，不能修改（文件 → 退回草稿…）。校验码：%3</translation>
    </message>
    <message>
        <source>Finalize (定稿)</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>After finalizing, the report cannot be changed until it is returned to draft with a reason. Finalized by:</source>
        <translation>定稿后，报告不能修改，除非填写原因退回草稿。定稿人：</translation>
    </message>
    <message>
        <source>Finalized. Fingerprint (校验码): %1</source>
        <translation>已定稿。校验码：%1</translation>
    </message>
    <message>
        <source>Return to Draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Why does the final copy go back to draft? (Written to the document's edit log.)</source>
        <translation>为何退回草稿？（将写入文档的修改记录。）</translation>
    </message>
    <message>
        <source>The report is a draft again.</source>
        <translation>报告已退回草稿。</translation>
    </message>
</context>
<context>
    <name>nb::gui::FindBar</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>替换为(&amp;P)：</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Text in every section</source>
        <translation>在各部分正文中查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>共 %n 处</numerusform></translation>
    </message>
    <message>
        <source>Replace All “%1”</source>
        <translation>全部替换“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es).</source>
        <translation><numerusform>已替换 %n 处。</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::FindingsDock</name>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Title and signature</source>
        <translation>标题与落款</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 — %2 error(s), %3 warning(s)</source>
        <translation>%1 — %2 个错误，%3 个警告</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>&amp;Checks Panel</source>
        <translation>检查结果(&amp;C)</translation>
    </message>
    <message>
        <source>Text before the first part</source>
        <translation>第一部分之前的文字</translation>
    </message>
    <message>
        <source>Change Explanation…</source>
        <translation>修改说明…</translation>
    </message>
    <message>
        <source>Add Explanation…</source>
        <translation>添加说明…</translation>
    </message>
    <message>
        <source>Remove Explanation</source>
        <translation>删除说明</translation>
    </message>
    <message>
        <source>Change Explanation</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>Add Explanation</source>
        <translation>添加说明</translation>
    </message>
    <message>
        <source>Why this warning is acceptable (stored with the report and shown to the office):
%1</source>
        <translation>为什么可以保留这条警告（说明随报告保存，公开办可以看到）：
%1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 — Explained: %2</source>
        <translation>%1 —— 已说明：%2</translation>
    </message>
    <message>
        <source>%1
Explanation: %2</source>
        <translation>%1
说明：%2</translation>
    </message>
    <message>
        <source>Explained warning: %1. Explanation: %2</source>
        <translation>已说明的警告：%1。说明：%2</translation>
    </message>
    <message>
        <source>%1 — %2 error(s), %3 warning(s) (%4 explained)</source>
        <translation>%1 — %2 个错误，%3 个警告（%4 个已说明）</translation>
    </message>
</context>
<context>
    <name>nb::gui::FormatProblemsDialog</name>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Format Files</source>
        <translation>格式文件</translation>
    </message>
    <message numerus="yes">
        <source>%n format file(s) could not be loaded. The program works without them; correct each error below (nianbao-cli format check FILE lists them too) and restart the program.</source>
        <translation><numerusform>有 %n 个格式文件无法加载。程序在没有这些文件的情况下照常工作；请逐一改正下列错误（nianbao-cli format check 文件 也会列出这些错误），然后重新启动程序。</numerusform></translation>
    </message>
    <message>
        <source>Two or more formats claim the same years; the program does not choose between them.</source>
        <translation>有两个或更多格式适用于相同年度；程序不会在其中自行选择。</translation>
    </message>
    <message>
        <source>Every format file loads and no two formats claim the same years.</source>
        <translation>所有格式文件均可加载，且没有两个格式适用于相同年度。</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>未加载：%1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Installed formats</source>
        <translation>已安装的格式</translation>
    </message>
    <message>
        <source>%1 — %2, from %3 — %4</source>
        <translation>%1 — %2，自 %3 年起 — %4</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Format Folder</source>
        <translation>打开格式文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Format Files…</source>
        <translation>格式文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>nb::gui::HelpBrowser</name>
    <message>
        <source>Nianbao User Manual</source>
        <translation>年报工作台使用说明</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>%1 — Nianbao User Manual</source>
        <translation>%1 — 年报工作台使用说明</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>在本页中查找</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
</context>
<context>
    <name>nb::gui::ImportPreviewDialog</name>
    <message>
        <source>Import Published Report — %1</source>
        <translation>导入已发布的年报 — %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Create Document</source>
        <translation>创建文档</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Cannot import:</source>
        <translation>无法导入：</translation>
    </message>
    <message>
        <source>text copied from a web page</source>
        <translation>从网页复制的文字</translation>
    </message>
    <message>
        <source>saved web page (HTML)</source>
        <translation>保存的网页（HTML）</translation>
    </message>
    <message>
        <source>text of a PDF (pdftotext -layout)</source>
        <translation>PDF 的文字（pdftotext -layout）</translation>
    </message>
    <message>
        <source>Nianbao JSON</source>
        <translation>年报工作台 JSON</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取方式：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>落款：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Before the first section (kept in the notes):</source>
        <translation>第一部分之前的内容（保存在备注中）：</translation>
    </message>
    <message>
        <source>Check (%1 errors)</source>
        <translation>检查（%1 个错误）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>无法检查</translation>
    </message>
</context>
<context>
    <name>nb::gui::MainWindow</name>
    <message>
        <source>Needs the output module, which is not part of this build.</source>
        <translation>需要输出模块，此版本不包含该模块。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>年报工作台</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>%1 — %2 — Nianbao</source>
        <translation>%1 — %2 — 年报工作台</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>操作记录(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>nb::gui::MetadataForm</name>
    <message>
        <source>Department (部门; publish by 31 January)</source>
        <translation>部门（1月31日前公布）</translation>
    </message>
    <message>
        <source>People's government (人民政府; publish by 31 March)</source>
        <translation>人民政府（3月31日前公布）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>The format is fixed when the report is created. To use another format, create a new report.</source>
        <translation>格式在新建年报时确定。如需使用其他格式，请新建年报。</translation>
    </message>
    <message>
        <source>Same as the agency</source>
        <translation>与机关名称相同</translation>
    </message>
</context>
<context>
    <name>nb::gui::NarrativeEditor</name>
    <message>
        <source>&amp;Notes to this table (optional)</source>
        <translation>本表说明（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (&amp;N)</source>
        <translation>%1(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Insert phrase</source>
        <translation>插入常用语(&amp;I)</translation>
    </message>
    <message>
        <source>Insert a standard phrase at the cursor</source>
        <translation>在光标处插入常用语</translation>
    </message>
    <message>
        <source>Notes to table %1</source>
        <translation>表%1的说明</translation>
    </message>
    <message>
        <source>Optional text printed below the table.</source>
        <translation>可选，打印在表格下方的文字。</translation>
    </message>
    <message>
        <source>Type the paragraphs of this section. Start a heading with 一、 （一） 1. or （1）.</source>
        <translation>请输入本部分的各段文字。标题以 一、（一）1. 或（1）开头。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%n 字</numerusform></translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>我的常用语</translation>
    </message>
    <message>
        <source>Add the selected text to my phrases</source>
        <translation>将所选文字加入我的常用语</translation>
    </message>
    <message>
        <source>&amp;Edit my phrases…</source>
        <translation>编辑我的常用语(&amp;E)…</translation>
    </message>
    <message>
        <source>One phrase per line:</source>
        <translation>每行一条常用语：</translation>
    </message>
    <message>
        <source>The text could not be stored.</source>
        <translation>文字未能存入文件。</translation>
    </message>
    <message>
        <source>The text of “%1” could not be saved: %2</source>
        <translation>“%1”的文字未能保存：%2</translation>
    </message>
</context>
<context>
    <name>nb::gui::NarrativeTextEdit</name>
    <message>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>nb::gui::NarrativesSideBySide</name>
    <message>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <source>Tick the units whose text you want to read side by side.</source>
        <translation>勾选要对照阅读正文的单位。</translation>
    </message>
</context>
<context>
    <name>nb::gui::NewDocumentDialog</name>
    <message>
        <source>Department (部门)</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>People's government (人民政府)</source>
        <translation>人民政府</translation>
    </message>
    <message>
        <source>These format files could not be loaded:</source>
        <translation>以下格式文件无法加载：</translation>
    </message>
</context>
<context>
    <name>nb::gui::OfficeDeadline</name>
    <message>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>还有 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>已逾期 %n 天</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::OfficeRecentMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>清除列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>nb::gui::OfficeSession</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>No unit of %1 has been received.</source>
        <translation>尚未收到 %1 年度的任何单位年报。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation><numerusform>%1（%n 个错误）</numerusform></translation>
    </message>
    <message>
        <source>Nothing was received from %1.</source>
        <translation>尚未收到%1的年报。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost and could not be made again: %2</source>
        <translation>与服务器 %1 的连接已中断，且无法重新连接：%2</translation>
    </message>
</context>
<context>
    <name>nb::gui::OfficeWindow</name>
    <message>
        <source>&amp;Receive and Consolidate…</source>
        <translation>收报与汇总(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive and Consolidate — %1</source>
        <translation>收报与汇总 — %1</translation>
    </message>
    <message>
        <source>Receive and Consolidate</source>
        <translation>收报与汇总</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>打开收报库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Repository…</source>
        <translation>新建收报库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>接收(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive units' reports (or drop files and folders on the board)</source>
        <translation>接收各单位的年报（也可将文件或文件夹拖到列表上）</translation>
    </message>
    <message>
        <source>Ro&amp;ster…</source>
        <translation>单位名单(&amp;S)…</translation>
    </message>
    <message>
        <source>A text file of the units expected, one a line</source>
        <translation>应报送单位的名单：文本文件，每行一个单位</translation>
    </message>
    <message>
        <source>&amp;Consolidate…</source>
        <translation>汇总(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Find unit:</source>
        <translation>查找单位(&amp;F)：</translation>
    </message>
    <message>
        <source>part of a unit's name</source>
        <translation>单位名称的一部分</translation>
    </message>
    <message>
        <source>Files received:</source>
        <translation>接收结果：</translation>
    </message>
    <message>
        <source>Status Board</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>Narratives Side by Side</source>
        <translation>正文对照</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No repository open</source>
        <translation>未打开收报库</translation>
    </message>
    <message>
        <source>Open or create a repository of the units' reports, then receive their documents.</source>
        <translation>请打开或新建收报库，然后接收各单位的年报文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation><numerusform>共 %n 个单位：</numerusform></translation>
    </message>
    <message>
        <source>%1 missing, %2 draft, %3 final, %4 altered</source>
        <translation>缺报 %1，草稿 %2，定稿 %3，已改动 %4</translation>
    </message>
    <message>
        <source>Departments report by %1: %2 · the government's report is published by %3: %4</source>
        <translation>部门报送截止 %1：%2 · 本级政府年报公布截止 %3：%4</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>打开收报库</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>新建收报库</translation>
    </message>
    <message>
        <source>Receive Reports</source>
        <translation>接收年报</translation>
    </message>
    <message>
        <source>Nianbao documents (*.nianbao)</source>
        <translation>年报工作台文档 (*.nianbao)</translation>
    </message>
    <message>
        <source>Roster of Units</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Unit's Report</source>
        <translation>打开单位年报</translation>
    </message>
    <message>
        <source>Nothing was received from %1.</source>
        <translation>尚未收到%1的年报。</translation>
    </message>
    <message>
        <source>The report of %1 could not be opened.</source>
        <translation>无法打开%1的年报。</translation>
    </message>
    <message>
        <source>%1 (received, read-only)</source>
        <translation>%1（收到的年报，只读）</translation>
    </message>
    <message>
        <source>Save the Consolidated Report</source>
        <translation>保存汇总报告</translation>
    </message>
    <message>
        <source>total-%1.nianbao</source>
        <translation>汇总-%1.nianbao</translation>
    </message>
    <message>
        <source>These units have errors:
%1

Add them up all the same?</source>
        <translation>以下单位的年报有错误：
%1

仍要把它们一并汇总吗？</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added up into %1.</source>
        <translation><numerusform>已将 %n 个单位汇总到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Added up although they have errors:</source>
        <translation>有错误但已一并汇总的单位：</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>status-%1.csv</source>
        <translation>报送情况-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Office repositories (*.db);;All files (*)</source>
        <translation>收报库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Office repositories (*.db)</source>
        <translation>收报库 (*.db)</translation>
    </message>
    <message>
        <source>The connection to the server was lost and has been made again.</source>
        <translation>与服务器的连接曾中断，已重新连接。</translation>
    </message>
    <message>
        <source>Open an office repository on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的收报库</translation>
    </message>
    <message>
        <source>The repository could not be read: %1</source>
        <translation>无法读取收报库：%1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list of recent repositories.</source>
        <translation>%1 已不存在，已从最近打开的列表中移除。</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>Recent&amp;ly Opened</source>
        <translation>最近打开(&amp;L)</translation>
    </message>
</context>
<context>
    <name>nb::gui::PaperCheckDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>This report still has %1 and %2.</source>
        <translation>本报告还有 %1和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unexplained warning(s)</source>
        <translation><numerusform>%n 条未说明的警告</numerusform></translation>
    </message>
    <message>
        <source>Empty: %1.</source>
        <translation>尚未填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Look at the problems first, or continue anyway?</source>
        <translation>先查看问题，还是仍然继续？</translation>
    </message>
    <message>
        <source>Mark as draft (草稿 watermark)</source>
        <translation>标为草稿（加“草稿”水印）</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>查看问题</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>This report still has %1.</source>
        <translation>本报告还有 %1。</translation>
    </message>
</context>
<context>
    <name>nb::gui::PreferencesDialog</name>
    <message>
        <source>Department (部门)</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>People's government (人民政府)</source>
        <translation>人民政府</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Font used</source>
        <translation>实际使用的字体</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 磅</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
    <message>
        <source>Mark the output of a report with errors as draft (草稿 watermark)</source>
        <translation>有错误的报告输出时默认加“草稿”水印</translation>
    </message>
</context>
<context>
    <name>nb::gui::ReadOnlyFollower</name>
    <message>
        <source>The report changed in another window but could not be read again: %1</source>
        <translation>报告已在另一窗口中修改，但无法重新读取：%1</translation>
    </message>
    <message>
        <source>Refreshed with what the other window stored</source>
        <translation>已按另一窗口保存的内容刷新</translation>
    </message>
</context>
<context>
    <name>nb::gui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>清除列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>nb::gui::SaveIndicator</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved to a file yet</source>
        <translation>尚未保存为文件</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>The text stays on screen and is stored as soon as saving works again.</source>
        <translation>文字仍保留在屏幕上，一旦能够保存即自动写入。</translation>
    </message>
</context>
<context>
    <name>nb::gui::SectionNavigator</name>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>未填写</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>nb::gui::ServerConnectionDialog</name>
    <message>
        <source>from the environment variable PGPASSWORD</source>
        <translation>取自环境变量 PGPASSWORD</translation>
    </message>
    <message>
        <source>from the password file %1</source>
        <translation>取自密码文件 %1</translation>
    </message>
    <message>
        <source>from the password file %1 (it does not exist yet)</source>
        <translation>取自密码文件 %1（该文件尚不存在）</translation>
    </message>
    <message>
        <source>(fill in server, database and user)</source>
        <translation>（请填写服务器、数据库和用户）</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接 %1。</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The password is never asked for nor remembered: set PGPASSWORD, or put a line host:port:database:user:password in %1.</source>
        <translation>程序不询问也不保存密码：请设置 PGPASSWORD，或在 %1 中写一行 主机:端口:数据库:用户:密码。</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
</context>
<context>
    <name>nb::gui::StatusLabels</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (%1 explained)</source>
        <translation><numerusform>%n 个警告（%1 个已说明）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::TableEditor</name>
    <message>
        <source>Blue cells are totals computed automatically. Red cells have an error, yellow cells a warning: point at a cell to read it. Paste blocks copied from Excel or WPS with Ctrl+V.</source>
        <translation>蓝色单元格为自动计算的合计。红色单元格有错误，黄色单元格有警告：鼠标指向单元格可查看说明。从 Excel 或 WPS 复制的数据块可用 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <source>%1 (&amp;B)</source>
        <translation>%1(&amp;B)</translation>
    </message>
</context>
<context>
    <name>nb::gui::TableModel</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (computed)</source>
        <translation>（自动计算）</translation>
    </message>
    <message>
        <source>Computed automatically; type into the cells it adds up.</source>
        <translation>自动计算；请填写构成合计的各单元格。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>“%1” is a total and is computed automatically.</source>
        <translation>“%1”是合计，自动计算。</translation>
    </message>
    <message>
        <source>The value was not accepted.</source>
        <translation>该值未被接受。</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation><numerusform>清除 %n 个单元格</numerusform></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文字。</translation>
    </message>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>请选择粘贴区域左上角的单元格。</translation>
    </message>
    <message>
        <source>The pasted block has more rows than the table below the selected cell.</source>
        <translation>粘贴的数据行数超过了所选单元格下方表格的行数。</translation>
    </message>
    <message>
        <source>The pasted block has more columns than the table right of the selected cell.</source>
        <translation>粘贴的数据列数超过了所选单元格右侧表格的列数。</translation>
    </message>
    <message>
        <source>“%1” in %2: %3</source>
        <translation>%2 中的“%1”：%3</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation><numerusform>粘贴 %n 个单元格</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fill %n blank cell(s) with 0</source>
        <translation><numerusform>将 %n 个空白单元格填为 0</numerusform></translation>
    </message>
</context>
<context>
    <name>nb::gui::TableView</name>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>“%1” is a total and is computed automatically.</source>
        <translation>“%1”是合计，自动计算。</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation><numerusform>已粘贴 %n 个单元格。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s).</source>
        <translation><numerusform>已填入 %n 个单元格。</numerusform></translation>
    </message>
    <message>
        <source>There are no blank cells to fill.</source>
        <translation>没有需要填写的空白单元格。</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n blank cell(s) with 0.</source>
        <translation><numerusform>已将 %n 个空白单元格填为 0。</numerusform></translation>
    </message>
    <message>
        <source>Fill Blank Cells in Selection with &amp;0</source>
        <translation>选中区域空白单元格填 0(&amp;0)</translation>
    </message>
    <message>
        <source>Fill All Blank Cells of This &amp;Table with 0</source>
        <translation>本表空白单元格填 0(&amp;T)</translation>
    </message>
</context>
<context>
    <name>nb::gui::UnitStatusModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>校验码</translation>
    </message>
</context>
<context>
    <name>nb::gui::VersionsDialog</name>
    <message>
        <source>Restore version “%1”</source>
        <translation>恢复版本“%1”</translation>
    </message>
    <message>
        <source>Restore the version “%1” of %2? The report gets that version's content back; the changes made since stay in the history, and Edit → Undo takes the restore back.</source>
        <translation>恢复 %2 保存的版本“%1”吗？报告将恢复为该版本的内容；此后的修改仍保留在编辑记录中，“编辑 → 撤销”可以撤回这次恢复。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>the report as it is now</source>
        <translation>报告现在的内容</translation>
    </message>
    <message>
        <source>Compare “%1” with %2</source>
        <translation>比较“%1”与%2</translation>
    </message>
</context>
<context>
    <name>nb::gui::WorkbenchActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Fill Blank Cells in Selection with &amp;0</source>
        <translation>选中区域空白单元格填 0(&amp;0)</translation>
    </message>
    <message>
        <source>Fill All Blank Cells of This &amp;Table with 0</source>
        <translation>本表空白单元格填 0(&amp;T)</translation>
    </message>
    <message>
        <source>Show a table first: blank cells are filled in the table shown.</source>
        <translation>请先打开一个表格：空白单元格在当前显示的表格中填写。</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>替换(&amp;P)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一处(&amp;X)</translation>
    </message>
    <message>
        <source>Fin&amp;d Previous</source>
        <translation>查找上一处(&amp;D)</translation>
    </message>
</context>
<context>
    <name>nb::gui::YearsChart</name>
    <message>
        <source>Main totals per year</source>
        <translation>各年度主要合计</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>没有可显示的数据。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2年：%3</translation>
    </message>
</context>
<context>
    <name>nb::gui::ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Actual Si&amp;ze (%1 %)</source>
        <translation>实际大小(&amp;Z)（当前 %1%）</translation>
    </message>
</context>
</TS>
