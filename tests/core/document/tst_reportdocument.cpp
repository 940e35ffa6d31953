#include "StorageTestUtil.h"

#include "document/ReportDocument.h"
#include "rules/RuleEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestReportDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<ReportDocument> newDocument(Report report = test::sampleReport()) {
        QString error;
        auto doc = ReportDocument::create(m_dir.filePath(QStringLiteral("doc%1.nianbao").arg(++m_count)),
                                          std::move(report), &error);
        if (!doc)
            qWarning() << error;
        return doc;
    }

    static Report fileContent(const QString& path) {
        OpenInfo info;
        QString error;
        auto doc = ReportDocument::open(path, &info, &error, true);
        return doc ? doc->report() : Report();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reopenGivesBackWhatWasWritten() {
        auto doc = newDocument();
        QVERIFY(doc);
        QString error;
        const QVector<int> cells = test::inputCells(doc->format(), QStringLiteral("三"), 2);
        QVERIFY2(doc->setCellText(cells.at(0), QStringLiteral("１,２３４"), &error), qPrintable(error));
        QVERIFY2(doc->setCell(cells.at(1), CellValue::printedNone(QStringLiteral("—")), &error),
                 qPrintable(error));
        QVERIFY(
            doc->setNarrative(QStringLiteral("一"), QStringLiteral("一、总体情况\n（一）主动公开"), &error));
        QVERIFY(doc->setMeta(MetaField::Agency, QStringLiteral("  某某县人民政府  "), &error));
        QVERIFY(doc->setMeta(MetaField::AgencyKind, QStringLiteral("人民政府"), &error));
        QVERIFY(doc->setMeta(MetaField::Year, 2024, &error));
        QVERIFY(doc->setMeta(MetaField::SignatureDate, QDate(2025, 3, 1), &error));
        QVERIFY(doc->setMeta(MetaField::Title, QString(), &error));
        QCOMPARE(doc->meta(MetaField::Agency).toString(), QStringLiteral("某某县人民政府"));
        QCOMPARE(doc->report().cells.at(cells.at(0)), CellValue::fromUnits(1234));
        const Report reopened = fileContent(doc->filePath());
        QVERIFY(reopened == doc->report());
        QCOMPARE(reopened.signatureDate, QDate(2025, 3, 1));
        QCOMPARE(reopened.agencyKind, AgencyKind::Government);
    }

    // The text box under a table editor is the table's notes: stored like a section's text, kept on reopen.
    void tableNotesAreStored() {
        auto doc = newDocument();
        QVERIFY(doc);
        QString error;
        const QString notes = QStringLiteral("注：本表数据截至当年12月31日。");
        QVERIFY2(doc->setNarrative(QStringLiteral("三"), notes, &error), qPrintable(error));
        QCOMPARE(fileContent(doc->filePath()).narratives.value(QStringLiteral("三")), notes);
        QVERIFY(!doc->setNarrative(QStringLiteral("九"), notes, &error));
        QVERIFY(error.contains(QStringLiteral("九")));
    }

    void signalsAndTotals() {
        auto doc = newDocument();
        QVERIFY(doc);
        const int total = test::firstComputedCell(doc->format(), QStringLiteral("三"));
        QVERIFY(total >= 0);
        QVERIFY(doc->report().autoTotals);
        QSignalSpy cells(doc.get(), &ReportDocument::cellsChanged);
        QSignalSpy narrative(doc.get(), &ReportDocument::narrativeChanged);
        QSignalSpy meta(doc.get(), &ReportDocument::metadataChanged);
        QSignalSpy findings(doc.get(), &ReportDocument::findingsChanged);

        // Find an input cell whose change moves a total.
        QString error;
        int input = -1;
        QVector<int> changed;
        for (int c : test::inputCells(doc->format(), QStringLiteral("三"), 200)) {
            cells.clear();
            QVERIFY(doc->setCell(
                c, CellValue::fromUnits(doc->report().cells.at(c).scaled() / kValueScale + 5), &error));
            changed = cells.takeFirst().at(0).value<QVector<int>>();
            if (changed.size() > 1) {
                input = c;
                break;
            }
        }
        QVERIFY(input >= 0);
        QVERIFY(changed.contains(input));
        int recomputed = -1;
        for (int c : changed) {
            if (c != input) {
                QVERIFY(doc->format().cells().at(c).computed);
                recomputed = c;
            }
        }
        QVERIFY(!findings.isEmpty()); // the sample's numbers do not balance, and changing them moves findings
        QCOMPARE(doc->findings(), RuleEngine::validate(doc->report()));
        // Totals are stored in the file too.
        QCOMPARE(fileContent(doc->filePath()).cells.at(recomputed), doc->report().cells.at(recomputed));

        QVERIFY(doc->setNarrative(QStringLiteral("九"), QString(), &error) == false); // no section 九
        QVERIFY(doc->setNarrative(QStringLiteral("五"), QStringLiteral("无"), &error));
        QCOMPARE(narrative.size(), 1);
        QCOMPARE(narrative.first().at(0).toString(), QStringLiteral("五"));
        QVERIFY(doc->setMeta(MetaField::Notes, QStringLiteral("n"), &error));
        QCOMPARE(meta.size(), 1);
        QCOMPARE(meta.first().at(0).value<MetaField>(), MetaField::Notes);

        // Unchanged value: no write, no signal.
        cells.clear();
        QVERIFY(doc->setCell(input, doc->report().cells.at(input), &error));
        QVERIFY(cells.isEmpty());
    }

    void narrativeFiguresAreCheckedOnEveryEdit() {
        // narrative_table_mismatch is a rule of the engine: typing the sentence or the table value moves it.
        auto doc = newDocument();
        QVERIFY(doc);
        const QString three = QStringLiteral("三");
        const QString row = QStringLiteral("一、本年新收政府信息公开申请数量");
        const int person = doc->format().cellIndex(three, row, QStringLiteral("自然人"));
        const int total = doc->format().cellIndex(three, row, QStringLiteral("总计"));
        QVERIFY(person >= 0 && total >= 0);
        QString error;
        QVERIFY2(doc->setCell(person, CellValue::fromUnits(40), &error), qPrintable(error));
        QVERIFY(!doc->report().cells.at(total).isBlank());
        const qint64 tableTotal = doc->report().cells.at(total).scaled() / kValueScale;
        const auto mismatches = [&doc] {
            int n = 0;
            for (const Finding& f : doc->findings())
                n += f.rule == QLatin1String("narrative_table_mismatch") ? 1 : 0;
            return n;
        };
        QCOMPARE(mismatches(), 0);
        QSignalSpy findings(doc.get(), &ReportDocument::findingsChanged);
        const QString said = QStringLiteral("本年度共收到政府信息公开申请%1件。").arg(tableTotal + 1);
        QVERIFY2(doc->setNarrative(QStringLiteral("一"), said, &error), qPrintable(error));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(mismatches(), 1);
        // Correcting the table (自然人 + 1 moves the computed 总计) clears it.
        QVERIFY(doc->setCell(person, CellValue::fromUnits(41), &error));
        QCOMPARE(doc->report().cells.at(total).scaled() / kValueScale, tableTotal + 1);
        QCOMPARE(mismatches(), 0);
        QCOMPARE(findings.size(), 2);
        // And a wrong sentence again.
        QVERIFY(doc->setNarrative(QStringLiteral("一"), QStringLiteral("收到申请3件。"), &error));
        QCOMPARE(mismatches(), 1);
        QCOMPARE(doc->findings(), RuleEngine::validate(doc->report()));
    }

    void computedCellsAreRefusedWhileAutoTotals() {
        auto doc = newDocument();
        QVERIFY(doc);
        const int total = test::firstComputedCell(doc->format(), QStringLiteral("三"));
        const CellValue before = doc->report().cells.at(total);
        QString error;
        QVERIFY(!doc->setCellText(total, QStringLiteral("99"), &error));
        QVERIFY2(error.contains(QStringLiteral("computed")), qPrintable(error));
        QVERIFY(!doc->setCells({{total, CellValue::fromUnits(99)}}, &error));
        QCOMPARE(doc->report().cells.at(total), before);

        QVERIFY(doc->setMeta(MetaField::AutoTotals, false, &error));
        QVERIFY2(doc->setCellText(total, QStringLiteral("99"), &error), qPrintable(error));
        QCOMPARE(doc->report().cells.at(total), CellValue::fromUnits(99));
        QCOMPARE(fileContent(doc->filePath()).cells.at(total), CellValue::fromUnits(99));
        QVERIFY(doc->setMeta(MetaField::AutoTotals, true, &error)); // recomputed and stored at once
        QVERIFY(doc->report().cells.at(total) != CellValue::fromUnits(99));
        QCOMPARE(fileContent(doc->filePath()).cells.at(total), doc->report().cells.at(total));
    }

    void rejectedInputKeepsThePreviousValue() {
        auto doc = newDocument();
        QVERIFY(doc);
        const int c = test::inputCells(doc->format(), QStringLiteral("三"), 1).first();
        const CellValue before = doc->report().cells.at(c);
        QString error;
        QVERIFY(!doc->setCellText(c, QStringLiteral("十二"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc->setCellText(-1, QStringLiteral("1"), &error));
        QVERIFY(!doc->setMeta(MetaField::Agency, QStringLiteral("  "), &error));
        QVERIFY(!doc->setMeta(MetaField::Year, QStringLiteral("abc"), &error));
        QVERIFY(!doc->setMeta(MetaField::AgencyKind, QStringLiteral("公司"), &error));
        QVERIFY(!doc->setMeta(MetaField::SignatureDate, QStringLiteral("2025-02-30"), &error));
        QVERIFY(!doc->setCells({{c, CellValue::fromUnits(1)}, {99999, CellValue::fromUnits(1)}}, &error));
        QCOMPARE(doc->report().cells.at(c), before);
        QVERIFY(doc->store()->history().isEmpty());
    }

    void diskFullLeavesMemoryAndFileUnchanged() {
        auto doc = newDocument();
        QVERIFY(doc);
        const Report before = doc->report();
        QString error;
        QVERIFY(doc->store()->limitGrowthForTesting(true, &error));
        QSignalSpy cells(doc.get(), &ReportDocument::cellsChanged);
        QSignalSpy narrative(doc.get(), &ReportDocument::narrativeChanged);
        QVERIFY(!doc->setNarrative(QStringLiteral("一"), QString(200000, QChar(0x5B57)), &error));
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        // A paste of many cells plus a long note in one change: all or nothing.
        ReportDocument::Change change;
        change.meta.insert(MetaField::Notes, QString(200000, QChar(0x6CE8)));
        for (int c : test::inputCells(doc->format(), QStringLiteral("三"), 50))
            change.cells.append({c, CellValue::fromUnits(777)});
        QVERIFY(!doc->apply(change, &error));
        QVERIFY(doc->report() == before);
        QVERIFY(cells.isEmpty());
        QVERIFY(narrative.isEmpty());
        QVERIFY(doc->store()->limitGrowthForTesting(false, &error));
        QVERIFY(fileContent(doc->filePath()) == before);
        QVERIFY2(doc->apply(change, &error), qPrintable(error));
        QVERIFY(fileContent(doc->filePath()) == doc->report());
    }

    void readOnlyDocumentRefusesEdits() {
        auto doc = newDocument();
        QVERIFY(doc);
        OpenInfo info;
        QString error;
        auto second = ReportDocument::open(doc->filePath(), &info, &error); // locked by the first
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->isReadOnly());
        QVERIFY(info.readOnly);
        QVERIFY(!second->setNarrative(QStringLiteral("一"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(second->report() == doc->report());
    }

    void versionsThroughTheDocument() {
        auto doc = newDocument();
        QVERIFY(doc);
        QString error;
        QVERIFY(doc->setMeta(MetaField::Notes, QStringLiteral("第一版"), &error));
        const Report v1 = doc->report();
        QVERIFY2(doc->saveVersion(QStringLiteral("送审稿"), &error), qPrintable(error));
        QVERIFY(doc->setMeta(MetaField::Notes, QStringLiteral("第二版"), &error));
        const QVector<VersionInfo> versions = doc->store()->versions();
        QCOMPARE(versions.size(), 1);
        Report old;
        QVERIFY(doc->store()->loadVersion(versions.first().id, FormatRegistry::instance(), &old, &error));
        QVERIFY(old == v1);

        ReportDocument memoryOnly(test::sampleReport());
        QVERIFY(!memoryOnly.hasFile());
        QVERIFY(!memoryOnly.saveVersion(QStringLiteral("x"), &error));
        QVERIFY(memoryOnly.setMeta(MetaField::Notes, QStringLiteral("x"), &error)); // memory only is fine
    }
};

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
