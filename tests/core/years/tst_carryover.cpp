#include "SampleReports.h"

#include "carryover/CarryOver.h"
#include "document/ReportDocument.h"
#include "io/JsonExchange.h"
#include "render/Exporters.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {

const QString kCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kForward = QStringLiteral("四、结转下年度继续办理");
const QStringList kColumns = {QStringLiteral("自然人"),
                              QStringLiteral("法人或其他组织/商业企业"),
                              QStringLiteral("法人或其他组织/科研机构"),
                              QStringLiteral("法人或其他组织/社会公益组织"),
                              QStringLiteral("法人或其他组织/法律服务机构"),
                              QStringLiteral("法人或其他组织/其他"),
                              QStringLiteral("总计")};

const QString kParagraph1 =
    QStringLiteral("本机关严格落实政府信息公开条例，全面推进主动公开工作，通过门户网站发布各类信息。");
const QString kParagraph2 =
    QStringLiteral("依申请公开工作规范有序，所有申请均在法定期限内办结，未发生行政复议和诉讼。");

/// A consistent report: every cell 0, then n applications carried forward by 自然人 and m by 商业企业
/// (received this year, so that the balance holds).
Report lastYearReport(int year, qint64 person, qint64 company,
                      const QString& formatId = QStringLiteral("gov-2021")) {
    Report r = Report::create(FormatRegistry::instance().format(formatId), year, QStringLiteral("某市公安局"),
                              AgencyKind::Department);
    for (CellValue& c : r.cells)
        c = CellValue::fromUnits(0);
    const auto set = [&r](const QString& row, const QString& column, qint64 v) {
        QVERIFY2(r.setCell(QStringLiteral("三"), row, column, CellValue::fromUnits(v)),
                 qPrintable(row + column));
    };
    for (const QString& row : {kNew, kForward}) {
        set(row, kColumns.at(0), person);
        set(row, kColumns.at(1), company);
        set(row, kColumns.at(6), person + company);
    }
    r.signatureDate = QDate(year + 1, 1, 20);
    r.narratives.insert(QStringLiteral("一"), kParagraph1 + QLatin1Char('\n') + kParagraph2);
    r.narratives.insert(QStringLiteral("五"),
                        QStringLiteral("存在的问题是公开内容还不够全面，下一步将进一步完善工作机制。"));
    return r;
}

QVector<qint64> row(const Report& r, const QString& rowPath) {
    QVector<qint64> out;
    for (const QString& c : kColumns) {
        const CellValue v = r.cell(QStringLiteral("三"), rowPath, c);
        out << (v.isBlank() ? -1 : v.scaled() / kValueScale);
    }
    return out;
}

bool has(const Findings& findings, const QString& rule) {
    for (const Finding& f : findings) {
        if (f.rule == rule)
            return true;
    }
    return false;
}

std::unique_ptr<ReportDocument> openDoc(const QString& path) {
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(path, &info, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

} // namespace

class TestCarryOver : public QObject {
    Q_OBJECT
private slots:
    void fromDocument() {
        QTemporaryDir dir;
        const QString lastPath = dir.filePath(QStringLiteral("2024.nianbao"));
        const QString newPath = dir.filePath(QStringLiteral("2025.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(lastPath, lastYearReport(2024, 3, 2), &error), qPrintable(error));
        const CarryOver::Result result = CarryOver::toFile(lastPath, newPath);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.carriedCells, 7);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));

        auto doc = openDoc(newPath);
        QVERIFY(doc);
        const Report& r = doc->report();
        QCOMPARE(r.year, 2025);
        QCOMPARE(r.agency, QStringLiteral("某市公安局"));
        QCOMPARE(r.format->id, QStringLiteral("gov-2021"));
        QVERIFY(r.title.isEmpty());
        QCOMPARE(r.effectiveTitle(), QStringLiteral("某市公安局2025年政府信息公开工作年度报告"));
        QVERIFY(!r.signatureDate.isValid());
        QVERIFY(r.autoTotals);
        QCOMPARE(row(r, kCarried), (QVector<qint64>{3, 2, 0, 0, 0, 0, 5}));
        QCOMPARE(row(r, kNew), (QVector<qint64>{-1, -1, -1, -1, -1, -1, -1})); // blank for the clerk
        for (int i : r.format->section(QStringLiteral("二"))->cellIndexes)
            QVERIFY(r.cells.at(i).isBlank());
        QCOMPARE(r.narratives.value(QStringLiteral("一")), kParagraph1 + QLatin1Char('\n') + kParagraph2);
        QVERIFY(r.notes.contains(QLatin1String("2024")));
        // Last year is inside the new document, whole.
        QVERIFY(r.lastYear);
        QCOMPARE(r.lastYear->year, 2024);
        QCOMPARE(row(*r.lastYear, kForward), (QVector<qint64>{3, 2, 0, 0, 0, 0, 5}));
        QCOMPARE(r.lastYear->narratives.value(QStringLiteral("五")),
                 lastYearReport(2024, 3, 2).narratives.value(QStringLiteral("五")));
        // The rules see last year without being told: the carried figures agree, every copied
        // paragraph is flagged.
        QVERIFY(!has(doc->findings(), QStringLiteral("crossyear_carryover")));
        int copied = 0;
        for (const Finding& f : doc->findings())
            copied += f.rule == QLatin1String("narrative_copied") ? 1 : 0;
        QCOMPARE(copied, 3);

        // Editing 上年结转 away from last year's figure is an error; back again clears it.
        const int cell = r.format->cellIndex(QStringLiteral("三"), kCarried, kColumns.at(0));
        QVERIFY2(doc->setCellText(cell, QStringLiteral("4"), &error), qPrintable(error));
        QVERIFY(has(doc->findings(), QStringLiteral("crossyear_carryover")));
        QVERIFY2(doc->setCellText(cell, QStringLiteral("3"), &error), qPrintable(error));
        QVERIFY(!has(doc->findings(), QStringLiteral("crossyear_carryover")));
    }

    void keptParagraphIsStoredAndExported() {
        QTemporaryDir dir;
        const QString lastPath = dir.filePath(QStringLiteral("2024.json"));
        const QString newPath = dir.filePath(QStringLiteral("2025.nianbao"));
        QFile json(lastPath);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(JsonExchange::toBytes(lastYearReport(2024, 1, 0)));
        json.close();
        QVERIFY(CarryOver::toFile(lastPath, newPath).ok);
        {
            auto doc = openDoc(newPath);
            QVERIFY(doc);
            QString error;
            QVERIFY2(doc->setParagraphKept(QStringLiteral("一"), 2, true, &error), qPrintable(error));
            QVERIFY(!doc->setParagraphKept(QStringLiteral("一"), 3, true, &error)); // no such paragraph
            QVERIFY(!doc->setParagraphKept(QStringLiteral("二"), 1, true, &error)); // a table
        }
        auto doc = openDoc(newPath);
        QVERIFY(doc);
        QCOMPARE(doc->report().keptParagraphs.value(QStringLiteral("一")), QStringList{kParagraph2});
        Findings copied;
        for (const Finding& f : doc->findings()) {
            if (f.rule == QLatin1String("narrative_copied"))
                copied << f;
        }
        QCOMPARE(copied.size(), 2);
        for (const Finding& f : copied)
            QVERIFY(!(f.section == QLatin1String("一") && f.paragraph == 2));
        const QJsonObject exported = JsonExchange::toJson(doc->report());
        const QJsonArray kept = exported.value(QStringLiteral("kept_paragraphs")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).toObject().value(QStringLiteral("section")).toString(), QStringLiteral("一"));
        QCOMPARE(kept.at(0).toObject().value(QStringLiteral("paragraph")).toInt(), 2);
        QCOMPARE(kept.at(0).toObject().value(QStringLiteral("text")).toString(), kParagraph2);
        // JSON round trip keeps last year, the chain and the marks.
        Report back;
        QString error;
        QVERIFY2(JsonExchange::fromBytes(JsonExchange::toBytes(doc->report()), FormatRegistry::instance(),
                                         &back, &error),
                 qPrintable(error));
        QVERIFY(back == doc->report());
        QVERIFY(back.lastYear);
        QCOMPARE(back.keptParagraphs, doc->report().keptParagraphs);
    }

    void titleNotDefault() {
        Report last = lastYearReport(2024, 0, 0);
        last.title = QStringLiteral("某市公安局关于2024年政府信息公开工作的年度报告");
        const CarryOver::Result result = CarryOver::fromReport(last, FormatRegistry::instance());
        QVERIFY(result.ok);
        QCOMPARE(result.report.title, QStringLiteral("某市公安局关于2025年政府信息公开工作的年度报告"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(last.title));
        // The default form, even written out: regenerated.
        last.title = QStringLiteral("某市公安局2024年政府信息公开工作年度报告");
        QVERIFY(CarryOver::fromReport(last, FormatRegistry::instance()).report.title.isEmpty());
    }

    void refusals() {
        QTemporaryDir dir;
        const Report last = lastYearReport(2024, 0, 0);
        CarryOver::Result r = CarryOver::fromReport(last, FormatRegistry::instance(), 2024);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("2024")));
        r = CarryOver::fromReport(last, FormatRegistry::instance(), 2026);
        QVERIFY(r.ok);
        QCOMPARE(r.report.year, 2026);
        QCOMPARE(r.warnings.size(), 1); // not the next year: said
        r = CarryOver::toFile(dir.filePath(QStringLiteral("missing.nianbao")),
                              dir.filePath(QStringLiteral("n.nianbao")));
        QVERIFY(!r.ok);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("n.nianbao"))));
        const QString existing = dir.filePath(QStringLiteral("exists.nianbao"));
        QString error;
        QVERIFY(ReportDocument::create(existing, last, &error));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        r = CarryOver::toFile(existing, existing);
        QVERIFY(!r.ok);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // nothing overwritten
    }

    void fromTheOlderFormat() {
        // A 2020 report in the 2019 format carried into 2021: the 2021 format, 上年结转 by label path.
        const Report last = lastYearReport(2020, 4, 1, QStringLiteral("gov-2019"));
        const CarryOver::Result r = CarryOver::fromReport(last, FormatRegistry::instance());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.format->id, QStringLiteral("gov-2021"));
        QCOMPARE(row(r.report, kCarried), (QVector<qint64>{4, 1, 0, 0, 0, 0, 5}));
        QCOMPARE(r.report.lastYear->format->id, QStringLiteral("gov-2019"));
        // 2019 → 2020 stays in the 2019 format and also carries 上一年项目数量 (= last year's + 增/减).
        Report l2019 = lastYearReport(2019, 0, 0, QStringLiteral("gov-2019"));
        QVERIFY(l2019.setCell(QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                              QStringLiteral("上一年项目数量"), CellValue::fromUnits(10)));
        QVERIFY(l2019.setCell(QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                              QStringLiteral("本年增/减"), CellValue::fromUnits(-3)));
        const CarryOver::Result r2020 = CarryOver::fromReport(l2019, FormatRegistry::instance());
        QVERIFY(r2020.ok);
        QCOMPARE(r2020.report.format->id, QStringLiteral("gov-2019"));
        QCOMPARE(r2020.report.cell(QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"),
                                   QStringLiteral("上一年项目数量")),
                 CellValue::fromUnits(7));
    }

    void fromOurPdfAndDocx_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("docx") << QStringLiteral("docx");
    }
    void fromOurPdfAndDocx() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        Report last =
            test::reportFromExpected(test::samplePath(QStringLiteral("2021-wuhai-psb.expected.json")));
        last.narratives.insert(QStringLiteral("一"), kParagraph1);
        for (const QString& r : {kNew, kForward}) {
            QVERIFY(last.setCell(QStringLiteral("三"), r, kColumns.at(0), CellValue::fromUnits(2)));
            QVERIFY(last.setCell(QStringLiteral("三"), r, kColumns.at(1), CellValue::fromUnits(1)));
            QVERIFY(last.setCell(QStringLiteral("三"), r, kColumns.at(6), CellValue::fromUnits(3)));
        }
        const QString lastPath = dir.filePath(QStringLiteral("last.") + kind);
        ExportOptions options;
        QString error;
        const bool written = kind == QLatin1String("pdf") ? exportPdf(last, lastPath, options, &error)
                                                          : exportDocx(last, lastPath, options, &error);
        QVERIFY2(written, qPrintable(error));
        const QString newPath = dir.filePath(QStringLiteral("new.nianbao"));
        const CarryOver::Result result = CarryOver::toFile(lastPath, newPath);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.report.year, 2022);
        QCOMPARE(result.report.agency, last.agency);
        QCOMPARE(row(result.report, kCarried), (QVector<qint64>{2, 1, 0, 0, 0, 0, 3}));
        QVERIFY(result.report.lastYear);
        QCOMPARE(row(*result.report.lastYear, kNew), (QVector<qint64>{2, 1, 0, 0, 0, 0, 3}));
        QVERIFY(result.report.narratives.value(QStringLiteral("一")).contains(kParagraph1.left(12)));
        QVERIFY(QFile::exists(newPath));
    }

    void fromRealPublishedPdf() {
        // 洪泽区 2023, as published: the 2024 report starts from it; its own 2024 report printed the same
        // 上年结转 as our carried figures.
        QTemporaryDir dir;
        const QString newPath = dir.filePath(QStringLiteral("2024.nianbao"));
        const CarryOver::Result result =
            CarryOver::toFile(test::samplePath(QStringLiteral("published/2023-hongze-gov.pdf")), newPath);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Report r2023 = test::reportFromExpected(
            test::samplePath(QStringLiteral("published/2023-hongze-gov.expected.json")));
        const Report r2024 = test::reportFromExpected(
            test::samplePath(QStringLiteral("published/2024-hongze-gov.expected.json")));
        QCOMPARE(result.report.year, 2024);
        QCOMPARE(result.report.agency, r2023.agency);
        QCOMPARE(row(result.report, kCarried), row(r2023, kForward));
        QCOMPARE(row(result.report, kCarried), row(r2024, kCarried));
        // Last year's figures as printed, including its real 0 in 行政复议 总计.
        const YearFigures last = YearFigures::of(*result.report.lastYear);
        QCOMPARE(last.year, 2023);
        QCOMPARE(last.value(QStringLiteral("review_total")),
                 r2023.cell(QStringLiteral("四"), QString(), QStringLiteral("行政复议/总计")));
        QCOMPARE(last.value(QStringLiteral("new_applications")),
                 r2023.cell(QStringLiteral("三"), kNew, QStringLiteral("总计")));
        QVERIFY(!result.report.narratives.isEmpty());
    }

    void chainOfThreeYears() {
        QTemporaryDir dir;
        const QString p2023 = dir.filePath(QStringLiteral("2023.nianbao"));
        const QString p2024 = dir.filePath(QStringLiteral("2024.nianbao"));
        const QString p2025 = dir.filePath(QStringLiteral("2025.nianbao"));
        QString error;
        QVERIFY(ReportDocument::create(p2023, lastYearReport(2023, 1, 1), &error));
        QVERIFY(CarryOver::toFile(p2023, p2024).ok);
        {
            auto doc = openDoc(p2024);
            QVERIFY(doc);
            const FormatDefinition& f = doc->format();
            QVERIFY(doc->setCellText(f.cellIndex(QStringLiteral("三"), kNew, kColumns.at(0)),
                                     QStringLiteral("8"), &error));
            QVERIFY(doc->setCellText(f.cellIndex(QStringLiteral("三"), kForward, kColumns.at(0)),
                                     QStringLiteral("6"), &error));
        }
        const CarryOver::Result r = CarryOver::toFile(p2024, p2025);
        QVERIFY2(r.ok, qPrintable(r.error));
        auto doc = openDoc(p2025);
        QVERIFY(doc);
        const QVector<YearFigures> chain = doc->report().yearChain();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0).year, 2023);
        QCOMPARE(chain.at(1).year, 2024);
        QCOMPARE(chain.at(2).year, 2025);
        QCOMPARE(chain.at(0).value(QStringLiteral("new_applications")), CellValue::fromUnits(2));
        QCOMPARE(chain.at(1).value(QStringLiteral("new_applications")),
                 CellValue::fromUnits(8)); // total computed
        QCOMPARE(chain.at(1).value(QStringLiteral("carried_forward")), CellValue::fromUnits(6));
        QCOMPARE(chain.at(2).value(QStringLiteral("carried_in")), CellValue::fromUnits(6));
        QCOMPARE(doc->report().earlierYears.size(), 1);
        QVERIFY(!doc->report().lastYear->lastYear); // last year is kept without its own history
        // A fourth year keeps the whole chain.
        const CarryOver::Result r2026 = CarryOver::fromReport(doc->report(), FormatRegistry::instance());
        QCOMPARE(r2026.report.yearChain().size(), 4);
    }
};

QTEST_MAIN(TestCarryOver)
#include "tst_carryover.moc"
