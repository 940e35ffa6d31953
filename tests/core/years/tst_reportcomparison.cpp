// ReportComparison: every cell with before/after/change, the paragraph diff, the JSON shape.
#include "format/FormatRegistry.h"
#include "years/ReportComparison.h"

#include <QJsonArray>
#include <QtTest>

using namespace nb;

namespace {

Report make(const QString& format, int year) {
    return Report::create(FormatRegistry::instance().format(format), year, QStringLiteral("某市某局"),
                          AgencyKind::Department);
}

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");

QJsonObject cellJson(const QJsonObject& root, const QString& section, const QString& row,
                     const QString& column) {
    for (const QJsonValue& v : root.value("cells").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value("section").toString() == section && o.value("row").toString() == row &&
            o.value("column").toString() == column)
            return o;
    }
    return {};
}

} // namespace

class TestReportComparison : public QObject {
    Q_OBJECT
private slots:
    void identicalReportsHaveNoChanges() {
        Report a = make("gov-2021", 2021);
        a.setCell("三", kNew, "自然人", CellValue::fromUnits(5));
        a.narratives.insert("一", "第一段。\n第二段。");
        const ReportComparison c = ReportComparison::compare(a, a);
        QVERIFY(!c.hasChanges());
        QCOMPARE(c.changedCellCount(), 0);
        QCOMPARE(c.changedParagraphCount(), 0);
        QCOMPARE(c.cells().size(), a.format->cells().size()); // every cell listed, none twice
        QCOMPARE(c.toJson().value("changed").toBool(true), false);
        QCOMPARE(c.toJson().value("paragraphs").toArray().size(), 0);
    }

    void cellsWithBeforeAfterAndChange() {
        Report a = make("gov-2021", 2021);
        Report b = make("gov-2021", 2022);
        a.setCell("三", kNew, "自然人", CellValue::fromUnits(12));
        b.setCell("三", kNew, "自然人", CellValue::fromUnits(15));
        b.setCell("三", kNew, "法人或其他组织/商业企业", CellValue::fromUnits(2)); // blank → 2
        a.setCell("四", "", "行政复议/总计", CellValue::fromUnits(3));             // 3 → blank
        CellValue amountBefore;
        QVERIFY(CellValue::fromDecimalText(u"1.5", &amountBefore));
        CellValue amountAfter;
        QVERIFY(CellValue::fromDecimalText(u"1.25", &amountAfter));
        a.setCell("二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）", amountBefore);
        b.setCell("二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）", amountAfter);
        // A printed-none mark counts as 0: no change against 0.
        a.setCell("三", kNew, "法人或其他组织/科研机构", CellValue::printedNone("/"));
        b.setCell("三", kNew, "法人或其他组织/科研机构", CellValue::fromUnits(0));
        const ReportComparison c = ReportComparison::compare(a, b);
        QCOMPARE(c.changedCellCount(), 4);
        QVERIFY(c.hasChanges());
        const QJsonObject root = c.toJson();
        QCOMPARE(root.value("schema").toString(), QStringLiteral("nianbao-compare/1"));
        QCOMPARE(root.value("changed_cells").toInt(), 4);
        QCOMPARE(root.value("before").toObject().value("year").toInt(), 2021);
        QCOMPARE(root.value("after").toObject().value("year").toInt(), 2022);
        QJsonObject o = cellJson(root, "三", kNew, "自然人");
        QCOMPARE(o.value("before").toInt(), 12);
        QCOMPARE(o.value("after").toInt(), 15);
        QCOMPARE(o.value("change").toInt(), 3);
        QCOMPARE(o.value("changed").toBool(), true);
        o = cellJson(root, "三", kNew, "法人或其他组织/商业企业");
        QVERIFY(o.value("before").isNull());
        QCOMPARE(o.value("after").toInt(), 2);
        QVERIFY(o.value("change").isNull()); // no change figure against a blank
        QCOMPARE(o.value("changed").toBool(), true);
        o = cellJson(root, "四", "", "行政复议/总计");
        QCOMPARE(o.value("before").toInt(), 3);
        QVERIFY(o.value("after").isNull());
        o = cellJson(root, "二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）");
        QCOMPARE(o.value("change").toDouble(), -0.25);
        o = cellJson(root, "三", kNew, "法人或其他组织/科研机构");
        QCOMPARE(o.value("changed").toBool(true), false);
        const QString text = c.toText();
        QVERIFY(text.contains(QStringLiteral("12 → 15 (+3)")));
        QVERIFY(text.contains(QStringLiteral("1.5 → 1.25 (-0.25)")));
    }

    void cellsOfDifferentFormatsAreMatchedByPath() {
        Report a = make("gov-2019", 2020);
        Report b = make("gov-2021", 2021);
        a.setCell("三", "三、本年度办理结果/（六）其他处理", "总计", CellValue::fromUnits(4));
        a.setCell("三", kNew, "总计", CellValue::fromUnits(9));
        b.setCell("三", kNew, "总计", CellValue::fromUnits(9));
        const ReportComparison c = ReportComparison::compare(a, b);
        // Only the 2019 row with a value counts as a change; the same path compares as one cell.
        QCOMPARE(c.changedCellCount(), 1);
        const QJsonObject o = cellJson(c.toJson(), "三", "三、本年度办理结果/（六）其他处理", "总计");
        QCOMPARE(o.value("only_in").toString(), QStringLiteral("before"));
        QCOMPARE(o.value("before").toInt(), 4);
        QVERIFY(!o.contains("after"));
        QCOMPARE(cellJson(c.toJson(), "三", kNew, "总计").value("changed").toBool(true), false);
    }

    void paragraphDiff() {
        Report a = make("gov-2021", 2021);
        Report b = make("gov-2021", 2022);
        a.narratives.insert("一", "甲段。\n乙段，旧说法。\n丙段。\n丁段。");
        b.narratives.insert("一", "甲段。\n乙段，新说法。\n丙段。\n戊段（新增）。\n丁段。");
        a.narratives.insert("五", "存在问题一。\n存在问题二。");
        b.narratives.insert("五", "存在问题一。");
        const ReportComparison c = ReportComparison::compare(a, b);
        QCOMPARE(c.changedCellCount(), 0);
        QCOMPARE(c.changedParagraphCount(), 3);
        const QJsonArray ps = c.toJson().value("paragraphs").toArray();
        QCOMPARE(ps.size(), 3);
        QCOMPARE(ps[0].toObject().value("section").toString(), QStringLiteral("一"));
        QCOMPARE(ps[0].toObject().value("kind").toString(), QStringLiteral("changed"));
        QCOMPARE(ps[0].toObject().value("before_index").toInt(), 2);
        QCOMPARE(ps[0].toObject().value("after_index").toInt(), 2);
        QCOMPARE(ps[0].toObject().value("before").toString(), QStringLiteral("乙段，旧说法。"));
        QCOMPARE(ps[0].toObject().value("after").toString(), QStringLiteral("乙段，新说法。"));
        QCOMPARE(ps[1].toObject().value("kind").toString(), QStringLiteral("added"));
        QCOMPARE(ps[1].toObject().value("after_index").toInt(), 4);
        QVERIFY(ps[1].toObject().value("before").isNull());
        QCOMPARE(ps[2].toObject().value("section").toString(), QStringLiteral("五"));
        QCOMPARE(ps[2].toObject().value("kind").toString(), QStringLiteral("removed"));
        QCOMPARE(ps[2].toObject().value("before_index").toInt(), 2);
        QVERIFY(ps[2].toObject().value("after").isNull());
    }

    void diffOfEmptyAndReordered() {
        QVERIFY(diffParagraphs("一", {}, {}).isEmpty());
        const auto added = diffParagraphs("一", {}, {"新"});
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].kind, ParagraphComparison::Kind::Added);
        const auto swapped = diffParagraphs("一", {"A", "B"}, {"B", "A"});
        int same = 0;
        for (const auto& p : swapped)
            same += p.kind == ParagraphComparison::Kind::Same ? 1 : 0;
        QCOMPARE(same, 1); // one of the two stays, the other moves
    }

    // The same paragraph read from a DOCX (a no-break space) and a web page (a space, a zero-width space)
    // is the same paragraph; the comparison keeps each side's own text. A visible difference still counts.
    void invisibleCharactersAreNoChange() {
        QCOMPARE(comparableParagraph(QStringLiteral("\uFEFF 信息\u00A0 36条\u200B。\u3000\t")),
                 QStringLiteral("信息 36条。"));
        QCOMPARE(comparableParagraph(QStringLiteral("a\u200C\u200Db\u2060c\u2002\u202Fd")),
                 QStringLiteral("abc d"));
        const QString docx = QStringLiteral("国土资源城乡建设环保能源类信息\u00A036条。");
        const QString web = QStringLiteral("\u200B国土资源城乡建设环保能源类信息 36条。\u3000");
        const auto same =
            diffParagraphs("一", {QStringLiteral("第一段。"), docx}, {QStringLiteral("第一段。"), web});
        QCOMPARE(same.size(), 2);
        QCOMPARE(same[1].kind, ParagraphComparison::Kind::Same);
        QCOMPARE(same[1].before, docx); // not altered
        QCOMPARE(same[1].after, web);
        Report a = make("gov-2021", 2024);
        Report b = make("gov-2021", 2024);
        a.narratives.insert(QStringLiteral("一"), QStringLiteral("第一段。\n") + docx);
        b.narratives.insert(QStringLiteral("一"), QStringLiteral("第一段。\n") + web);
        QCOMPARE(ReportComparison::compare(a, b).changedParagraphCount(), 0);
        QCOMPARE(b.narratives.value(QStringLiteral("一")), QStringLiteral("第一段。\n") + web);
        // A space between two words that had none, or another character, is a change.
        const auto changed =
            diffParagraphs("一", {QStringLiteral("信息36条。")}, {QStringLiteral("信息 36条。")});
        QCOMPARE(changed[0].kind, ParagraphComparison::Kind::Changed);
        QCOMPARE(
            diffParagraphs("一", {docx}, {QStringLiteral("国土资源城乡建设环保能源类信息 37条。")})[0].kind,
            ParagraphComparison::Kind::Changed);
    }

    void indicatorsOfBothYears() {
        Report a = make("gov-2021", 2021);
        Report b = make("gov-2021", 2022);
        a.setCell("四", "", "行政复议/总计", CellValue::fromUnits(0));
        a.setCell("四", "", "行政复议/结果纠正", CellValue::fromUnits(0));
        b.setCell("四", "", "行政复议/总计", CellValue::fromUnits(4));
        b.setCell("四", "", "行政复议/结果纠正", CellValue::fromUnits(1));
        const QJsonObject ind = ReportComparison::compare(a, b).toJson().value("indicators").toObject();
        const auto ratio = [](const QJsonObject& year, const QString& id) {
            for (const QJsonValue& v : year.value("ratios").toArray())
                if (v.toObject().value("id").toString() == id)
                    return v.toObject();
            return QJsonObject();
        };
        const QJsonObject before = ratio(ind.value("before").toObject(), "review_correction_rate");
        QCOMPARE(before.value("defined").toBool(true), false);
        QVERIFY(before.value("percent").isNull());
        const QJsonObject after = ratio(ind.value("after").toObject(), "review_correction_rate");
        QCOMPARE(after.value("percent").toString(), QStringLiteral("25.0%"));
        QCOMPARE(ind.value("after").toObject().value("year").toInt(), 2022);
    }
};

QTEST_GUILESS_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"
