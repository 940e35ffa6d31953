// FormatConverter: a 2019-format report as a 2021-format report, nothing dropped silently.
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "years/FormatConverter.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace nb;

namespace {

FormatPtr format(const char* id) {
    return FormatRegistry::instance().format(QString::fromLatin1(id));
}

Report readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    Report r;
    QString error;
    if (!JsonExchange::fromBytes(f.readAll(), FormatRegistry::instance(), &r, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return r;
}

QString key(const QString& s, const QString& r, const QString& c) {
    return s + u'|' + r + u'|' + c;
}

const QString kOther2019 = QStringLiteral("三、本年度办理结果/（六）其他处理");
const QDate kToday(2026, 1, 5);

// The cells of 2019 whose meaning the 2021 format keeps under another label (the hint file); written out
// here independently of it so that a wrong hint file fails.
const QHash<QString, QString> kRenamed = {
    {key("二", "第二十条第（一）项/规章", "本年新制作数量"),
     key("二", "第二十条第（一）项/规章", "本年制发件数")},
    {key("二", "第二十条第（一）项/规范性文件", "本年新制作数量"),
     key("二", "第二十条第（一）项/行政规范性文件", "本年制发件数")},
    {key("二", "第二十条第（五）项/行政许可", "处理决定数量"),
     key("二", "第二十条第（五）项/行政许可", "本年处理决定数量")},
    {key("二", "第二十条第（六）项/行政处罚", "处理决定数量"),
     key("二", "第二十条第（六）项/行政处罚", "本年处理决定数量")},
    {key("二", "第二十条第（六）项/行政强制", "处理决定数量"),
     key("二", "第二十条第（六）项/行政强制", "本年处理决定数量")},
};

} // namespace

class TestFormatConverter : public QObject {
    Q_OBJECT
private slots:
    void everyCellCarriedOrListed() {
        // Every cell of a 2019 report gets a distinct value, so a cell carried to the wrong place shows.
        Report src = Report::create(format("gov-2019"), 2019, "某县人民政府", AgencyKind::Government);
        src.autoTotals = false;
        for (const CellDef& def : src.format->cells())
            src.cells[def.index] =
                CellValue::fromUnits(def.type == CellType::Signed ? -(def.index + 1) : def.index + 1);
        src.narratives.insert("一", "总体情况第一段。\n第二段。");
        src.narratives.insert("六", "其他事项。");
        src.title = "某县人民政府2019年度政府信息公开工作报告";
        src.signatureDate = QDate(2020, 1, 20);
        const FormatConverter::Result r = FormatConverter::convert(src, format("gov-2021"), kToday);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Report& out = r.report;
        QCOMPARE(out.format->id, QStringLiteral("gov-2021"));
        QCOMPARE(out.year, 2019);
        QCOMPARE(out.agency, src.agency);
        QCOMPARE(out.title, src.title);
        QCOMPARE(out.signatureDate, src.signatureDate);
        QCOMPARE(out.narratives.value("一"), src.narratives.value("一"));
        QCOMPARE(out.narratives.value("六"), src.narratives.value("六"));

        // Carried: same path in both formats, or a renamed one; equal values.
        QSet<QString> carriedTargets;
        QSet<QString> listed;
        for (const auto& c : r.sourceOnly)
            listed.insert(key(c.section, c.rowPath, c.columnPath));
        int carried = 0;
        for (const CellDef& def : src.format->cells()) {
            const QString k = key(def.section, def.rowPath, def.columnPath);
            QString target = kRenamed.value(k);
            if (target.isEmpty() && out.format->cellIndex(def.section, def.rowPath, def.columnPath) >= 0)
                target = k;
            if (target.isEmpty()) {
                QVERIFY2(listed.contains(k), qPrintable(k + " neither carried nor listed"));
                continue;
            }
            QVERIFY2(!listed.contains(k), qPrintable(k + " carried and listed"));
            const QStringList p = target.split(u'|');
            QCOMPARE(out.cell(p[0], p[1], p[2]), src.cells[def.index]);
            carriedTargets.insert(target);
            ++carried;
        }
        QCOMPARE(r.carried, carried);
        QCOMPARE(carried + r.sourceOnly.size(), src.format->cells().size());
        // Every other 2021 cell is blank and listed as new.
        QSet<QString> newCells;
        for (const auto& c : r.targetOnly)
            newCells.insert(key(c.section, c.rowPath, c.columnPath));
        for (const CellDef& def : out.format->cells()) {
            const QString k = key(def.section, def.rowPath, def.columnPath);
            QCOMPARE(newCells.contains(k), !carriedTargets.contains(k));
            if (newCells.contains(k))
                QVERIFY2(out.cells[def.index].isBlank(), qPrintable(k));
        }
        // The listed rows, exactly: （六）其他处理 as one row (7 cells) and the 2019-only parts of table 二.
        QSet<QString> only2019Rows;
        for (const auto& c : r.sourceOnly)
            only2019Rows.insert(c.section + u'|' + c.rowPath);
        QCOMPARE(only2019Rows,
                 (QSet<QString>{
                     "三|" + kOther2019, "二|第二十条第（一）项/规章", "二|第二十条第（一）项/规范性文件",
                     "二|第二十条第（五）项/行政许可", "二|第二十条第（五）项/其他对外管理服务事项",
                     "二|第二十条第（六）项/行政处罚", "二|第二十条第（六）项/行政强制",
                     "二|第二十条第（八）项/行政事业性收费", "二|第二十条第（九）项/政府集中采购"}));
        QCOMPARE(r.sourceOnly.size(), 7 + 17);
        const QStringList rows = r.newRows();
        QCOMPARE(rows,
                 (QStringList{"二\x1f第二十条第（八）项/行政事业性收费",
                              "三\x1f三、本年度办理结果/（六）其他处理/"
                              "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                              "三\x1f三、本年度办理结果/（六）其他处理/"
                              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                              "三\x1f三、本年度办理结果/（六）其他处理/3.其他"}));
        // Values without a place are in the notes with their values; totals are kept as they were.
        for (const auto& c : r.sourceOnly)
            QVERIFY2(out.notes.contains(c.value.toDisplayString()) && out.notes.contains(c.rowPath),
                     qPrintable(c.rowPath + c.columnPath));
        QVERIFY(!out.autoTotals);
        QVERIFY(r.notes.contains("gov-2019") && r.notes.contains("gov-2021"));
        QVERIFY(r.notes.contains(kToday.toString(Qt::ISODate)));
    }

    void shanghai2019Excerpt() {
        // The figures of the published 上海市人民政府办公厅 2019 report that the fixture holds.
        const Report src = readJson(NIANBAO_TEST_DATA_DIR "/years/shanghai-2019-excerpt.json");
        QCOMPARE(src.format->id, QStringLiteral("gov-2019"));
        const FormatConverter::Result r = FormatConverter::convert(src, format("gov-2021"), kToday);
        QVERIFY2(r.ok, qPrintable(r.error));
        int filled = 0;
        for (const CellDef& def : src.format->cells()) {
            const CellValue& v = src.cells[def.index];
            if (v.isBlank())
                continue;
            ++filled;
            const int t = r.report.format->cellIndex(def.section, def.rowPath, def.columnPath);
            if (t >= 0) {
                QCOMPARE(r.report.cells[t], v);
                continue;
            }
            bool listed = false;
            for (const auto& c : r.sourceOnly)
                listed = listed || (c.section == def.section && c.rowPath == def.rowPath &&
                                    c.columnPath == def.columnPath && c.value == v);
            QVERIFY2(listed, qPrintable(def.rowPath + def.columnPath));
        }
        QCOMPARE(filled, 7);
        QCOMPARE(r.report.cell("三", "一、本年新收政府信息公开申请数量", "总计"), CellValue::fromUnits(859));
        QCOMPARE(r.report.cell("三", "三、本年度办理结果/（七）总计", "总计"), CellValue::fromUnits(805));
        // 采购总金额 printed "251000元": listed with value and printed text, and in the notes.
        QVERIFY(r.notes.contains("采购总金额 = 25.1 (251000元)"));
        const QJsonArray notCarried = r.toJson().value("not_carried").toArray();
        bool found = false;
        for (const QJsonValue& v : notCarried) {
            const QJsonObject o = v.toObject();
            if (o.value("column").toString() == "采购总金额") {
                found = true;
                QCOMPARE(o.value("value").toObject().value("printed").toString(), QStringLiteral("251000元"));
                QCOMPARE(o.value("value").toObject().value("value").toDouble(), 25.1);
            }
        }
        QVERIFY(found);
    }

    void valueThatDoesNotFitIsListed() {
        ConversionHints hints;
        QString error;
        // A hint that maps the signed 本年增/减 onto a count cell: a negative value must not be carried.
        QVERIFY(ConversionHints::fromJson(R"({"columns":[{"section":"二","rowsUnder":"第二十条第（五）项",
            "from":"本年增/减","to":"本年处理决定数量"}]})",
                                          &hints, &error));
        Report src = Report::create(format("gov-2019"), 2019, "某局", AgencyKind::Department);
        src.setCell("二", "第二十条第（五）项/行政许可", "本年增/减", CellValue::fromUnits(-8));
        const auto r = FormatConverter::convert(src, format("gov-2021"), hints, kToday);
        QVERIFY(r.ok);
        QVERIFY(r.report.cell("二", "第二十条第（五）项/行政许可", "本年处理决定数量").isBlank());
        bool listed = false;
        for (const auto& c : r.sourceOnly)
            listed = listed || (c.columnPath == "本年增/减" && c.rowPath.endsWith("行政许可") &&
                                !c.reason.isEmpty() && c.value == CellValue::fromUnits(-8));
        QVERIFY(listed);
    }

    void refusals() {
        const Report src = Report::create(format("gov-2021"), 2021, "某局", AgencyKind::Department);
        QVERIFY(!FormatConverter::convert(src, format("gov-2021"), kToday).ok);
        QVERIFY(!FormatConverter::convert(src, nullptr, kToday).ok);
        ConversionHints hints;
        QString error;
        QVERIFY(!ConversionHints::fromJson("[", &hints, &error));
        QVERIFY(!ConversionHints::fromJson(R"({"rows":[{"section":"二","from":"x"}]})", &hints, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyOldReportKeepsAutomaticTotals() {
        Report src = Report::create(format("gov-2019"), 2019, "某局", AgencyKind::Department);
        src.setCell("三", "一、本年新收政府信息公开申请数量", "自然人", CellValue::fromUnits(3));
        const auto r = FormatConverter::convert(src, format("gov-2021"), kToday);
        QVERIFY(r.ok);
        QVERIFY(r.report.autoTotals); // nothing without a place: the totals can be computed again
        QCOMPARE(r.report.cell("三", "一、本年新收政府信息公开申请数量", "自然人"), CellValue::fromUnits(3));
    }
};

QTEST_GUILESS_MAIN(TestFormatConverter)
#include "tst_formatconverter.moc"
