#include "StorageTestUtil.h"

#include "document/EditCommands.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestEditCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<ReportDocument> newDocument() {
        QString error;
        auto doc = ReportDocument::create(m_dir.filePath(QStringLiteral("cmd%1.nianbao").arg(++m_count)),
                                          test::sampleReport(), &error);
        if (!doc)
            qWarning() << error;
        return doc;
    }

    static Report fileContent(const QString& path) {
        QString error;
        auto doc = ReportDocument::open(path, nullptr, &error, true);
        return doc ? doc->report() : Report();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cellEditUndoRedo() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        const Report original = doc->report();
        const int c = test::inputCells(doc->format(), QStringLiteral("三"), 1).first();
        QString error;
        QVERIFY2(commands.setCellText(c, QStringLiteral("４２"), &error), qPrintable(error));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), QStringLiteral("Edit \"%1\"").arg(doc->cellLabel(c)));
        QVERIFY(doc->cellLabel(c).contains(QStringLiteral(" / ")));
        QCOMPARE(doc->report().cells.at(c), CellValue::fromUnits(42)); // applied once, by the push
        const Report edited = doc->report();
        const CellDef& d = doc->format().cells().at(c);
        bool logged = false;
        for (const EditLogEntry& e : doc->store()->history())
            logged = logged || (e.what == QStringLiteral("cell ") +
                                              DocumentStore::cellKey(d.section, d.rowPath, d.columnPath) &&
                                e.newValue == QStringLiteral("d:42"));
        QVERIFY(logged);

        stack.undo();
        QVERIFY(doc->report() == original); // totals went back too
        QVERIFY(fileContent(doc->filePath()) == original);
        stack.redo();
        QVERIFY(doc->report() == edited);
        QVERIFY(fileContent(doc->filePath()) == edited);
        stack.undo();
        stack.redo();
        QVERIFY(doc->report() == edited);
    }

    void noCommandForRejectedOrUnchangedEdits() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        const int c = test::inputCells(doc->format(), QStringLiteral("三"), 1).first();
        const int total = test::firstComputedCell(doc->format(), QStringLiteral("三"));
        QString error;
        QVERIFY(!commands.setCellText(c, QStringLiteral("-3"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!commands.setCellText(total, QStringLiteral("3"), &error));
        QVERIFY2(error.contains(QStringLiteral("computed")), qPrintable(error));
        QVERIFY(commands.setCellText(c, doc->report().cells.at(c).toDisplayString(), &error));
        QCOMPARE(stack.count(), 0);
    }

    void narrativeMetaAndBatch() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        const Report original = doc->report();
        QString error;
        QVERIFY(commands.setNarrative(QStringLiteral("一"), QStringLiteral("新的总体情况"), &error));
        QCOMPARE(stack.text(0),
                 QStringLiteral("Edit \"%1\"").arg(doc->format().section(QStringLiteral("一"))->heading));
        QVERIFY(commands.setMeta(MetaField::SignatureDate, QDate(2026, 1, 20), &error));
        QCOMPARE(stack.text(1), QStringLiteral("Edit \"Signing date\""));
        QVector<ReportDocument::CellChange> paste;
        for (int c : test::inputCells(doc->format(), QStringLiteral("四"), 5))
            paste.append({c, CellValue::fromUnits(3)});
        QVERIFY(commands.setCells(paste, QStringLiteral("Paste"), &error));
        QCOMPARE(stack.count(), 3);
        const Report edited = doc->report();
        while (stack.canUndo())
            stack.undo();
        QVERIFY(doc->report() == original);
        QVERIFY(fileContent(doc->filePath()) == original);
        while (stack.canRedo())
            stack.redo();
        QVERIFY(doc->report() == edited);
        QVERIFY(fileContent(doc->filePath()) == edited);
    }

    void autoTotalsToggleRestoresManualTotals() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        const int total = test::firstComputedCell(doc->format(), QStringLiteral("三"));
        QString error;
        QVERIFY(commands.setMeta(MetaField::AutoTotals, false, &error));
        QVERIFY(commands.setCellText(total, QStringLiteral("12345"), &error));
        const Report manual = doc->report();
        QVERIFY(commands.setMeta(MetaField::AutoTotals, true, &error));
        QVERIFY(doc->report().cells.at(total) != CellValue::fromUnits(12345));
        stack.undo();
        QVERIFY(doc->report() == manual);
        QVERIFY(fileContent(doc->filePath()) == manual);
        stack.redo();
        QVERIFY(doc->report().autoTotals);
    }

    void failedUndoIsReportedAndNeverCorrupts() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        QStringList errors;
        commands.setErrorHandler([&errors](const QString& message) { errors << message; });
        QString error;
        QVERIFY(commands.setNarrative(QStringLiteral("一"), QString(200000, QChar(0x5B57)), &error));
        const Report edited = doc->report();
        QVERIFY(doc->store()->limitGrowthForTesting(true, &error)); // the undo's log entry needs new pages
        stack.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("disk is full")), qPrintable(errors.first()));
        QCOMPARE(stack.count(), 0); // dropped: the stack never claims a state the file does not have
        QVERIFY(doc->report() == edited);
        QVERIFY(doc->store()->limitGrowthForTesting(false, &error));
        QVERIFY(fileContent(doc->filePath()) == edited);
    }

    void failedRedoIsReportedAndNeverCorrupts() {
        auto doc = newDocument();
        QVERIFY(doc);
        QUndoStack stack;
        EditCommands commands(doc.get(), &stack);
        QStringList errors;
        commands.setErrorHandler([&errors](const QString& message) { errors << message; });
        const Report original = doc->report();
        QString error;
        QVERIFY(commands.setNarrative(QStringLiteral("一"), QString(200000, QChar(0x5B57)), &error));
        stack.undo();
        QVERIFY(errors.isEmpty());
        QVERIFY(doc->report() == original);
        QVERIFY(doc->store()->limitGrowthForTesting(true, &error)); // redo must log 200 000 characters again
        stack.redo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(doc->report() == original);
        QVERIFY(doc->store()->limitGrowthForTesting(false, &error));
        QVERIFY(fileContent(doc->filePath()) == original);
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
