// Synthetic variants of a clean report (2021 乌海 text): each tolerated variation ends in the right values,
// each defect in the right import problem.
#include "ImportTestUtil.h"

#include "rules/RuleEngine.h"

#include <QStringEncoder>

using namespace nb;
using namespace nb::importtest;

namespace {
const QString kS3 = QStringLiteral("三");
const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kSecret = QStringLiteral("三、本年度办理结果/（三）不予公开/1.属于国家秘密");
const QString kLaw = QStringLiteral("三、本年度办理结果/（三）不予公开/2.其他法律行政法规禁止公开");
const QString kPublications = QStringLiteral("三、本年度办理结果/（五）不予处理/3.要求提供公开出版物");
const QString kConfirm =
    QStringLiteral("三、本年度办理结果/（五）不予处理/5.要求行政机关确认或重新出具已获取信息");
const QString kNormative = QStringLiteral("第二十条第（一）项/行政规范性文件");
const QString kNatural = QStringLiteral("自然人");
const QString kTotal = QStringLiteral("总计");

QString clean() {
    return QString::fromUtf8(readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt")));
}

/// The clean report with distinct numbers in table 三 (the sample's are all 0), so misplacements show.
QString numbered() {
    QStringList lines = clean().split(QLatin1Char('\n'));
    int row = 0;
    bool inTable3 = false;
    for (QString& line : lines) {
        if (line.startsWith(QStringLiteral("三、收到和处理")))
            inTable3 = true;
        if (line.startsWith(QStringLiteral("四、政府信息公开")))
            inTable3 = false;
        if (!inTable3 || !line.contains(QStringLiteral(" | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")))
            continue;
        ++row;
        line.replace(QStringLiteral(" | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"),
                     QStringLiteral(" | %1 | 0 | 0 | 0 | 0 | 0 | %1 |").arg(row));
    }
    return lines.join(QLatin1Char('\n'));
}

CellValue cellOf(const ImportResult& r, const QString& section, const QString& row, const QString& column) {
    return r.report.cell(section, row, column);
}

qint64 units(const ImportResult& r, const QString& row, const QString& column = QStringLiteral("自然人")) {
    return cellOf(r, kS3, row, column).scaled() / kValueScale;
}

int lineOf(const QString& text, const QString& needle) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}
} // namespace

class TestImportVariants : public QObject {
    Q_OBJECT
private slots:
    void cleanNumberedReport();
    void labelVariants_data();
    void labelVariants();
    void sectionTitleVariant();
    void rowSplitAcrossLines();
    void htmlWithSpans();
    void htmlInLayoutTable();
    void missingRow();
    void extraRow();
    void unreadableValue();
    void wrongNumberOfCells();
    void printedNoneAndUnits();
    void blankStaysBlank();
    void amountsToTheFen_data();
    void amountsToTheFen();
    void hugeNumber();
    void narrativeMismatch();
    void format2019FromEvidence();
    void strayTextInTable();
    void pdfTextVariants();
    void encodings();
};

void TestImportVariants::cleanNumberedReport() {
    const ImportResult r = importText(numbered());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(units(r, kNew), 1);
    QCOMPARE(units(r, kSecret), 5);
    QCOMPARE(units(r, kConfirm), 20);
    QCOMPARE(units(r, kConfirm, kTotal), 20);
    QCOMPARE(units(r, QStringLiteral("四、结转下年度继续办理")), 25);
}

void TestImportVariants::labelVariants_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("value");
    QTest::newRow("full-width brackets") << QStringLiteral("(三)不予公开 | 1.属于国家秘密")
                                         << QStringLiteral("（三）不予公开 | 1.属于国家秘密") << kSecret << 5;
    QTest::newRow("full-width digits")
        << QStringLiteral("1.属于国家秘密") << QStringLiteral("１．属于国家秘密") << kSecret << 5;
    QTest::newRow("1、") << QStringLiteral("1.属于国家秘密") << QStringLiteral("1、属于国家秘密") << kSecret
                         << 5;
    QTest::newRow("1. with space") << QStringLiteral("1.属于国家秘密") << QStringLiteral("1. 属于国家秘密")
                                   << kSecret << 5;
    QTest::newRow("stray spaces") << QStringLiteral("2.其他法律行政法规禁止公开")
                                  << QStringLiteral("2.其他法律 行政法规禁 止公开") << kLaw << 6;
    QTest::newRow("typo") << QStringLiteral("2.其他法律行政法规禁止公开")
                          << QStringLiteral("2.其他法律行政止公开") << kLaw << 6;
    QTest::newRow("其它") << QStringLiteral("3.要求提供公开出版物") << QStringLiteral("3．要求提供公开出版物")
                          << kPublications << 18;
    QTest::newRow("规范性文件") << QStringLiteral("行政规范性文件 | 19") << QStringLiteral("规范性文件 | 19")
                                << QString() << 19;
    QTest::newRow("half-width parentheses in table 二")
        << QStringLiteral("第二十条第(一)项 | |||") << QStringLiteral("第二十条第（一）项 | |||") << QString()
        << 19;
}

void TestImportVariants::labelVariants() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, row);
    QFETCH(int, value);
    QString text = numbered();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const ImportResult r = importText(text);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.report.format->id, QStringLiteral("gov-2021"));
    if (row.isEmpty())
        QCOMPARE(cellOf(r, QStringLiteral("二"), kNormative, QStringLiteral("本年制发件数")).scaled(),
                 value * kValueScale);
    else
        QCOMPARE(units(r, row), value);
}

void TestImportVariants::sectionTitleVariant() {
    QString text = numbered();
    text.replace(QStringLiteral("五、存在的主要问题及改进情况"),
                 QStringLiteral("五、存在的主要问题及整改措施"));
    text.replace(QStringLiteral("二、主动公开政府信息情况"),
                 QStringLiteral("二、行政机关主动公开政府信息情况"));
    const ImportResult r = importText(text);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QVERIFY(r.report.narratives.value(QStringLiteral("五")).startsWith(QStringLiteral("2021年度")));
    QCOMPARE(cellOf(r, QStringLiteral("二"), kNormative, QStringLiteral("现行有效件数")).scaled(),
             21 * kValueScale);
}

void TestImportVariants::rowSplitAcrossLines() {
    QString text = numbered();
    text.replace(QStringLiteral("5.要求行政机关确认或重新出具已获取信息 |"),
                 QStringLiteral("5.要求行政机关确认或重新出具\n已获取信息 |"));
    text.replace(QStringLiteral("(二)部分公开(区分处理的,只计这一情形,不计其他情形) |"),
                 QStringLiteral("(二)部分公开(区分处理的,\n只计这一情形,不计其他情形) |"));
    const ImportResult r = importText(text);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(units(r, kConfirm), 20);
    QCOMPARE(units(r, QStringLiteral(
                          "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
             4);
}

/// The numbered report as a web page: rowspan group labels, colspan labels and values, <br> in labels.
/// With layout = true the whole article sits in one cell of a page-layout table, as many sites do.
static QString numberedHtml(bool layout) {
    const QStringList lines = numbered().split(QLatin1Char('\n'));
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><title>x</title><style>td{}</style></head><body>\n");
    bool inTable = false;
    for (const QString& line : lines) {
        if (!line.contains(QLatin1Char('|'))) {
            if (inTable) {
                html += QStringLiteral("</table>\n");
                inTable = false;
            }
            html += QStringLiteral("<p>%1</p>\n").arg(line.toHtmlEscaped());
            continue;
        }
        if (!inTable) {
            html += QStringLiteral("<table border=\"1\">\n");
            inTable = true;
        }
        QStringList cells = line.split(QLatin1Char('|'));
        while (!cells.isEmpty() && cells.back().trimmed().isEmpty())
            cells.removeLast();
        html += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            const QString c = cells.at(i).trimmed();
            QString attrs;
            if (c.startsWith(QStringLiteral("(三)")))
                attrs = QStringLiteral(" rowspan=\"8\"");
            else if (c.startsWith(QStringLiteral("三、")))
                attrs = QStringLiteral(" rowspan=\"22\"");
            else if (c.startsWith(QStringLiteral("一、")) || c.startsWith(QStringLiteral("四、")))
                attrs = QStringLiteral(" colspan=\"3\"");
            else if (cells.size() == 2 && i == 1)
                attrs = QStringLiteral(" colspan=\"3\"");
            QString content = c.toHtmlEscaped();
            content.replace(QStringLiteral("确认或重新"), QStringLiteral("确认或<br/>重新"));
            content.replace(QStringLiteral("属于国家"), QStringLiteral("属于&nbsp;国家"));
            html += QStringLiteral("<td%1><span>%2</span></td>").arg(attrs, content);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</body></html>\n");
    if (layout) {
        html.replace(QStringLiteral("<body>\n"),
                     QStringLiteral("<body>\n<table class=\"layout\"><tr><td class=\"article\">\n"));
        html.replace(QStringLiteral("</body>"), QStringLiteral("</td></tr></table></body>"));
    }
    return html;
}

void TestImportVariants::htmlWithSpans() {
    const ImportResult r = importText(numberedHtml(false));
    QCOMPARE(r.kind, QStringLiteral("html"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(units(r, kNew), 1);
    QCOMPARE(units(r, kSecret), 5);
    QCOMPARE(units(r, kConfirm), 20);
    QCOMPARE(cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                    QStringLiteral("本年处理决定数量"))
                 .scaled(),
             5 * kValueScale);
    QCOMPARE(r.report.agency, QStringLiteral("乌海市公安局"));
    QCOMPARE(r.report.signatureDate, QDate(2022, 1, 19));
}

void TestImportVariants::htmlInLayoutTable() {
    const ImportResult r = importText(numberedHtml(true));
    QCOMPARE(r.kind, QStringLiteral("html"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(units(r, kSecret), 5);
    QCOMPARE(r.report.agency, QStringLiteral("乌海市公安局"));
    QVERIFY(r.report.narratives.value(QStringLiteral("一")).startsWith(QStringLiteral("2021年以来")));
    QCOMPARE(r.report.signatureDate, QDate(2022, 1, 19));
}

void TestImportVariants::missingRow() {
    const QString text = numbered();
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeAt(lineOf(text, QStringLiteral("3.要求提供公开出版物")) - 1);
    const ImportResult r = importText(lines.join(QLatin1Char('\n')));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.constFirst().message.contains(kPublications));
    QVERIFY(cellOf(r, kS3, kPublications, kNatural).isBlank());
    QCOMPARE(units(r, QStringLiteral("三、本年度办理结果/（五）不予处理/4.无正当理由大量反复申请")), 19);
}

void TestImportVariants::extraRow() {
    QString text = numbered();
    text.replace(QStringLiteral("8.属于行政查询事项 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |"),
                 QStringLiteral("8.属于行政查询事项 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |\n9.属于其他情形 | 7 | 0 "
                                "| 0 | 0 | 0 | 0 | 7 |"));
    const int line = lineOf(text, QStringLiteral("9.属于其他情形"));
    const ImportResult r = importText(text);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.constFirst().line, line);
    QCOMPARE(units(r, QStringLiteral("三、本年度办理结果/（三）不予公开/8.属于行政查询事项")), 12);
    QCOMPARE(units(r, QStringLiteral("三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息")), 13);
}

void TestImportVariants::unreadableValue() {
    QString text = numbered();
    text.replace(QStringLiteral("行政规范性文件 | 19 | 0 | 21 |"),
                 QStringLiteral("行政规范性文件 | 1g | 0 | 21 |"));
    const int line = lineOf(text, QStringLiteral("1g"));
    const ImportResult r = importText(text);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.constFirst().line, line);
    QVERIFY(cellOf(r, QStringLiteral("二"), kNormative, QStringLiteral("本年制发件数")).isBlank());
    QCOMPARE(cellOf(r, QStringLiteral("二"), kNormative, QStringLiteral("现行有效件数")).scaled(),
             21 * kValueScale);
}

void TestImportVariants::wrongNumberOfCells() {
    QString text = numbered();
    // A missing cell (the copied row also lost its trailing empty span cell).
    QVERIFY(text.contains(QStringLiteral("1.属于国家秘密 | 5 | 0 | 0 | 0 | 0 | 0 | 5 | |")));
    text.replace(QStringLiteral("1.属于国家秘密 | 5 | 0 | 0 | 0 | 0 | 0 | 5 | |"),
                 QStringLiteral("1.属于国家秘密 | 5 | 0 | 0 | 0 | 0 | 5"));
    const int line = lineOf(text, QStringLiteral("1.属于国家秘密"));
    const ImportResult r = importText(text);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.constFirst().line, line);
    QVERIFY(cellOf(r, kS3, kSecret, kNatural).isBlank());
    QVERIFY(cellOf(r, kS3, kSecret, kTotal).isBlank());
}

void TestImportVariants::printedNoneAndUnits() {
    QString text = numbered();
    text.replace(QStringLiteral("规章(地方政府规章) | 0 | 0 | 0 |"),
                 QStringLiteral("规章(地方政府规章) | / | — | 无 |"));
    text.replace(QStringLiteral("行政事业性收费 | 0"), QStringLiteral("行政事业性收费 | 251000元"));
    text.replace(QStringLiteral("行政许可 | 5 |"), QStringLiteral("行政许可 | 1,234 |"));
    const ImportResult r = importText(text);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    const QString rules = QStringLiteral("第二十条第（一）项/规章");
    const CellValue slash = cellOf(r, QStringLiteral("二"), rules, QStringLiteral("本年制发件数"));
    QVERIFY(slash.isPrintedNone());
    QCOMPARE(slash.printed(), QStringLiteral("/"));
    QCOMPARE(cellOf(r, QStringLiteral("二"), rules, QStringLiteral("本年废止件数")).printed(),
             QStringLiteral("—"));
    QCOMPARE(cellOf(r, QStringLiteral("二"), rules, QStringLiteral("现行有效件数")).printed(),
             QStringLiteral("无"));
    const CellValue fee = cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                                 QStringLiteral("本年收费金额（单位：万元）"));
    QVERIFY(fee.isNumber());
    QCOMPARE(fee.scaled(), 251000 * kValueScale); // never converted or corrected
    QCOMPARE(fee.printed(), QStringLiteral("251000元"));
    const CellValue grouped = cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                                     QStringLiteral("本年处理决定数量"));
    QCOMPARE(grouped.scaled(), 1234 * kValueScale);
    QCOMPARE(grouped.printed(), QStringLiteral("1,234"));
}

void TestImportVariants::amountsToTheFen_data() {
    QTest::addColumn<QString>("printed");
    QTest::addColumn<qint64>("scaled"); // -1: refused (cell left blank, a problem reported)
    QTest::newRow("0 decimals") << QStringLiteral("24252") << Q_INT64_C(24252000000);
    QTest::newRow("1 decimal") << QStringLiteral("12.5") << Q_INT64_C(12500000);
    QTest::newRow("2 decimals") << QStringLiteral("0.35") << Q_INT64_C(350000);
    QTest::newRow("3 decimals") << QStringLiteral("1.234") << Q_INT64_C(1234000);
    QTest::newRow("4 decimals") << QStringLiteral("7730.2800") << Q_INT64_C(7730280000);
    QTest::newRow("5 decimals") << QStringLiteral("1.12345") << Q_INT64_C(1123450);
    QTest::newRow("6 decimals (the district report)")
        << QStringLiteral("24252.311082") << Q_INT64_C(24252311082);
    QTest::newRow("7 decimals") << QStringLiteral("24252.3110821") << Q_INT64_C(-1);
}

void TestImportVariants::amountsToTheFen() {
    QFETCH(QString, printed);
    QFETCH(qint64, scaled);
    QString text = numbered();
    QVERIFY(text.contains(QStringLiteral("行政事业性收费 | 0")));
    text.replace(QStringLiteral("行政事业性收费 | 0"), QStringLiteral("行政事业性收费 | ") + printed);
    const ImportResult r = importText(text);
    const CellValue fee = cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                                 QStringLiteral("本年收费金额（单位：万元）"));
    if (scaled < 0) {
        QVERIFY(fee.isBlank());
        QVERIFY2(problemsText(r).contains(QStringLiteral("6 decimals")), qPrintable(problemsText(r)));
        return;
    }
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(fee.scaled(), scaled);
    QCOMPARE(fee.toDisplayString(), printed); // as printed, trailing zeros included
    QVERIFY(fee.printed().isEmpty());         // nothing differs from the number
}

void TestImportVariants::blankStaysBlank() {
    QString text = numbered();
    text.replace(QStringLiteral("1.属于国家秘密 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"),
                 QStringLiteral("1.属于国家秘密 | 5 |  | 0 | 0 | 0 | 0 | 5 |"));
    const ImportResult r = importText(text);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QVERIFY(cellOf(r, kS3, kSecret, QStringLiteral("法人或其他组织/商业企业")).isBlank());
    QCOMPARE(units(r, kSecret, kTotal), 5);
    // Table 四 printed with every cell empty.
    QString empty4 = numbered();
    const QString zeros = QStringLiteral("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    QVERIFY(empty4.contains(zeros));
    empty4.replace(zeros, QStringLiteral(" |  |  |  |  |  |  |  |  |  |  |  |  |  |  |"));
    const ImportResult r4 = importText(empty4);
    QVERIFY2(r4.problems.isEmpty(), qPrintable(problemsText(r4)));
    QVERIFY(cellOf(r4, QStringLiteral("四"), QString(), QStringLiteral("行政复议/总计")).isBlank());
}

void TestImportVariants::hugeNumber() {
    QString text = numbered();
    text.replace(QStringLiteral("行政处罚 | 3 |"), QStringLiteral("行政处罚 | 99999999999999999999999 |"));
    const ImportResult r = importText(text);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（六）项/行政处罚"),
                   QStringLiteral("本年处理决定数量"))
                .isBlank());
}

void TestImportVariants::narrativeMismatch() {
    QString text = numbered();
    text.replace(QStringLiteral("2021年发布各类解读25条。"),
                 QStringLiteral("2021年发布各类解读25条。全年共受理政府信息公开申请 4 件。"));
    const ImportResult r = importText(text);
    QVERIFY(r.problems.isEmpty());
    const Findings found = narrativeFindings(r.report);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().severity, Severity::Warning);
    QVERIFY(found.constFirst().message.contains(QStringLiteral("全年共受理政府信息公开申请 4 件")));
    text.replace(QStringLiteral("申请 4 件"), QStringLiteral("申请 1 件"));
    QVERIFY(narrativeFindings(importText(text).report).isEmpty());
}

void TestImportVariants::format2019FromEvidence() {
    // A 2019-format table 二 and a one-row （六）其他处理: evidence for 2019 as a whole.
    QString text = numbered();
    const int start = int(text.indexOf(QStringLiteral("第二十条第(一)项")));
    const int end = int(text.indexOf(QStringLiteral("三、收到和处理")));
    const QString table2 = QStringLiteral(
        "第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        "规章 | 0 | 0 | 0 |\n规范性文件 | 2 | 2 | 30 |\n第二十条第(五)项 | |||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政许可 | 10 | -2 | 300 |\n"
        "其他对外管理服务事项 | 0 | 0 | 0 |\n第二十条第(六)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | "
        "处理决定数量 |\n"
        "行政处罚 | 5 | 0 | 40 |\n行政强制 | 1 | 0 | 2 |\n第二十条第(八)项 | |||\n信息内容 | 上一年项目数量 "
        "| 本年增/减 | |\n"
        "行政事业性收费 | 3 | 0 | |\n第二十条第(九)项 | |||\n信息内容 | 采购项目数量 | 采购总金额 | |\n"
        "政府集中采购 | 4 | 251000元 | |\n");
    text.replace(start, end - start, table2);
    const int six = int(text.indexOf(QStringLiteral("(六)其他处理 |")));
    const int seven = int(text.indexOf(QStringLiteral("(七)总计")));
    text.replace(six, seven - six, QStringLiteral("(六)其他处理 | 21 | 0 | 0 | 0 | 0 | 0 | 21 |\n"));
    text.replace(QStringLiteral("2021年政府信息公开"), QStringLiteral("2020年政府信息公开"));
    const ImportResult r = importText(text);
    QCOMPARE(r.report.format->id, QStringLiteral("gov-2019"));
    QVERIFY(r.formatDetected);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.report.year, 2020);
    QCOMPARE(cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                    QStringLiteral("本年增/减"))
                 .scaled(),
             -2 * kValueScale);
    const CellValue amount =
        cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（九）项/政府集中采购"),
               QStringLiteral("采购总金额"));
    QCOMPARE(amount.printed(), QStringLiteral("251000元"));
    QCOMPARE(units(r, QStringLiteral("三、本年度办理结果/（六）其他处理")), 21);
    QCOMPARE(cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（一）项/规范性文件"),
                    QStringLiteral("对外公开总数量"))
                 .scaled(),
             30 * kValueScale);
}

void TestImportVariants::strayTextInTable() {
    QString text = numbered();
    text.replace(QStringLiteral("四、结转下年度继续办理 | 25 |"),
                 QStringLiteral("注：本表由办公室统计，数据截至年底。\n四、结转下年度继续办理 | 25 |"));
    const int line = lineOf(text, QStringLiteral("注：本表"));
    const ImportResult r = importText(text);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.constFirst().line, line);
    QCOMPARE(units(r, QStringLiteral("四、结转下年度继续办理")), 25);
}

void TestImportVariants::pdfTextVariants() {
    const QString text =
        QString::fromUtf8(readFile(samplesDir() + QStringLiteral("/published/2024-huaian-gov.layout.txt")));
    const QString repeated = QStringLiteral("三、本年度办理结果/（五）不予处理/2.重复申请");
    {
        // A missing row in PDF text.
        QStringList lines = text.split(QLatin1Char('\n'));
        lines.removeAt(lineOf(text, QStringLiteral("2.重复申请")) - 1);
        const ImportResult r = importText(lines.join(QLatin1Char('\n')));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.constFirst().message.contains(repeated));
        QVERIFY(cellOf(r, kS3, repeated, kNatural).isBlank());
        QCOMPARE(units(r, QStringLiteral("三、本年度办理结果/（五）不予处理/1.信访举报投诉类申请")), 56);
    }
    {
        // An unreadable value and a value lost in the PDF text (6 values instead of 7).
        QString changed = text;
        changed.replace(QStringLiteral("行政许可          447228"),
                        QStringLiteral("行政许可          44722B"));
        changed.replace(
            QStringLiteral(
                "2.重复申请                   25        0        0         0        0         0    25"),
            QStringLiteral(
                "2.重复申请                   25        0        0         0        0         25"));
        const ImportResult r = importText(changed);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).line, lineOf(changed, QStringLiteral("44722B")));
        QCOMPARE(r.problems.at(1).line, lineOf(changed, QStringLiteral("2.重复申请")));
        QVERIFY(cellOf(r, QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                       QStringLiteral("本年处理决定数量"))
                    .isBlank());
        QVERIFY(cellOf(r, kS3, repeated, kTotal).isBlank());
    }
}

void TestImportVariants::encodings() {
    const QString text = numbered();
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray gbBytes = gb.encode(text);
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16Bytes = utf16.encode(text);
    const QByteArray bomUtf8 = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    for (const QByteArray& bytes : {gbBytes, utf16Bytes, bomUtf8}) {
        const ImportResult r = ReportImporter::importBytes(bytes, FormatRegistry::instance());
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
        QCOMPARE(r.report.agency, QStringLiteral("乌海市公安局"));
        QCOMPARE(units(r, kSecret), 5);
    }
}

QTEST_GUILESS_MAIN(TestImportVariants)
#include "tst_importvariants.moc"
