// DocumentSession without widgets: the lifecycle a window observes through signals (open, create from a
// report, edit, undo, save as, save a copy, close), last year's report and the read-only state of a
// document held by another session.
#include "StorageTestUtil.h"

#include "document/DocumentSession.h"
#include "rules/RuleEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace nb;

namespace {
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kRowCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kRowNext = QStringLiteral("四、结转下年度继续办理");
const QString kNatural = QStringLiteral("自然人");

Report emptyReport(int year = 2025) {
    return Report::create(test::format2021(), year, QStringLiteral("某某市某某局"), AgencyKind::Department);
}

int cell(const FormatDefinition& f, const QString& row) {
    return f.cellIndex(QStringLiteral("三"), row, kNatural);
}

bool hasFinding(const ReportDocument* doc, const QString& rule) {
    for (const Finding& f : doc->findings())
        if (f.rule == rule)
            return true;
    return false;
}
} // namespace

class TestDocumentSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createEditUndoAndReopen() {
        DocumentSession session;
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        QSignalSpy content(&session, &DocumentSession::contentChanged);
        QSignalSpy findings(&session, &DocumentSession::findingsChanged);
        QVERIFY(!session.hasDocument());
        QVERIFY(!session.edits());

        QString error;
        const QString file = path(QStringLiteral("created.nianbao"));
        QVERIFY2(session.createFrom(emptyReport(), file, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QVERIFY(session.document()->hasFile());
        QCOMPARE(session.document()->filePath(), file);
        QVERIFY(!session.isReadOnly());
        // A second create at the same path is refused; the open document stays.
        QVERIFY(!session.createFrom(emptyReport(), file, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(changed.count(), 1);

        // Edit through the session's commands: in the file at once, one undo step, signals forwarded.
        const int c = cell(session.document()->format(), kRowNew);
        QVERIFY2(session.edits()->setCellText(c, QStringLiteral("4"), &error), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY(content.count() >= 1);
        QVERIFY(findings.count() >= 1);
        QVERIFY(hasFinding(session.document(), QStringLiteral("table3_balance")));
        session.undoStack()->undo();
        QVERIFY(session.document()->report().cells.at(c).isBlank());
        QVERIFY(!hasFinding(session.document(), QStringLiteral("table3_balance")));
        session.undoStack()->redo();
        QCOMPARE(session.document()->report().cells.at(c), CellValue::fromUnits(4));

        // Close: aboutToClose before the document goes, then documentChanged without a document.
        QSignalSpy closing(&session, &DocumentSession::aboutToClose);
        bool hadDocumentWhenWarned = false;
        connect(&session, &DocumentSession::aboutToClose, this,
                [&] { hadDocumentWhenWarned = session.document() != nullptr; });
        session.close();
        QCOMPARE(closing.count(), 1);
        QVERIFY(hadDocumentWhenWarned);
        QVERIFY(!session.hasDocument());
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 2);

        // Opened again: the edit is in the file.
        QVERIFY2(session.open(file, false, &error), qPrintable(error));
        QCOMPARE(session.document()->report().cells.at(c), CellValue::fromUnits(4));
        QVERIFY(!session.openInfo().readOnly);
        QVERIFY(!session.open(path(QStringLiteral("missing.nianbao")), false, &error));
        QVERIFY(session.hasDocument()); // a failed open keeps the open document
    }

    void readOnlyWhenHeldElsewhere() {
        const QString file = path(QStringLiteral("held.nianbao"));
        DocumentSession first;
        QString error;
        QVERIFY2(first.createFrom(emptyReport(), file, &error), qPrintable(error));

        DocumentSession second;
        QVERIFY2(second.open(file, false, &error), qPrintable(error));
        QVERIFY(second.isReadOnly());
        QVERIFY(second.openInfo().readOnly);
        QVERIFY(second.openInfo().lockedBy.isValid());
        const int c = cell(second.document()->format(), kRowNew);
        QVERIFY(!second.edits()->setCellText(c, QStringLiteral("3"), &error));
        QCOMPARE(second.undoStack()->count(), 0);
        QVERIFY(second.document()->report().cells.at(c).isBlank());

        // Asked for read-only: no lock needed, nothing changes.
        first.close();
        DocumentSession third;
        QVERIFY2(third.open(file, true, &error), qPrintable(error));
        QVERIFY(third.isReadOnly());
    }

    void inMemorySaveAsAndCopy() {
        DocumentSession session;
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        session.openInMemory(emptyReport());
        QVERIFY(session.hasDocument());
        QVERIFY(!session.document()->hasFile());
        QString error;
        const int c = cell(session.document()->format(), kRowNew);
        QVERIFY(session.edits()->setCellText(c, QStringLiteral("2"), &error));
        // No file yet: a copy or a version needs one.
        QVERIFY(!session.saveCopy(path(QStringLiteral("nothing.nianbao")), &error));

        // Save as writes the report to a file and continues with it (same report).
        const QString file = path(QStringLiteral("saved.nianbao"));
        QVERIFY2(session.saveAs(file, &error), qPrintable(error));
        QCOMPARE(changed.last().at(0).toBool(), true);
        QCOMPARE(session.document()->filePath(), file);
        QCOMPARE(session.document()->report().cells.at(c), CellValue::fromUnits(2));
        QVERIFY2(session.saveVersion(QStringLiteral("初稿"), &error), qPrintable(error));
        QCOMPARE(session.document()->store()->versions().size(), 1);

        // A copy: written completely, the session stays on its file.
        const QString copy = path(QStringLiteral("copy.nianbao"));
        QVERIFY2(session.saveCopy(copy, &error), qPrintable(error));
        QCOMPARE(session.document()->filePath(), file);
        DocumentSession reader;
        QVERIFY2(reader.open(copy, true, &error), qPrintable(error));
        QCOMPARE(reader.document()->report().cells.at(c), CellValue::fromUnits(2));

        // Save as again: the copy is opened and locked, the old file released.
        const QString moved = path(QStringLiteral("moved.nianbao"));
        QVERIFY2(session.saveAs(moved, &error), qPrintable(error));
        QCOMPARE(session.document()->filePath(), moved);
        QVERIFY(!session.isReadOnly());
        DocumentSession other;
        QVERIFY2(other.open(file, false, &error), qPrintable(error));
        QVERIFY(!other.isReadOnly());
        // Saving over an existing file is refused and the session stays where it was.
        QVERIFY(!session.saveAs(file, &error));
        QCOMPARE(session.document()->filePath(), moved);
    }

    void previousYearReport() {
        DocumentSession session;
        QSignalSpy previousChanged(&session, &DocumentSession::previousYearChanged);
        QString error;
        QVERIFY(session.createFrom(emptyReport(), path(QStringLiteral("this-year.nianbao")), &error));
        const FormatDefinition& f = session.document()->format();
        QVERIFY(session.edits()->setCellText(cell(f, kRowCarried), QStringLiteral("0"), &error));
        QVERIFY(!hasFinding(session.document(), QStringLiteral("crossyear_carryover")));

        Report last = emptyReport(2024);
        last.cells[cell(f, kRowNext)] = CellValue::fromUnits(5);
        session.setPreviousYear(QStringLiteral("last.nianbao"), last);
        QCOMPARE(previousChanged.count(), 1);
        QCOMPARE(session.previousYearPath(), QStringLiteral("last.nianbao"));
        QVERIFY(session.previousYear());
        QVERIFY(hasFinding(session.document(), QStringLiteral("crossyear_carryover")));
        QVERIFY(session.edits()->setCellText(cell(f, kRowCarried), QStringLiteral("5"), &error));
        QVERIFY(!hasFinding(session.document(), QStringLiteral("crossyear_carryover")));
        QVERIFY(session.edits()->setCellText(cell(f, kRowCarried), QStringLiteral("1"), &error));
        QVERIFY(hasFinding(session.document(), QStringLiteral("crossyear_carryover")));

        // It goes along when the report moves to another file …
        QVERIFY(session.saveAs(path(QStringLiteral("this-year-2.nianbao")), &error));
        QVERIFY(hasFinding(session.document(), QStringLiteral("crossyear_carryover")));
        QCOMPARE(session.previousYearPath(), QStringLiteral("last.nianbao"));
        // … can be dropped …
        session.clearPreviousYear();
        QVERIFY(!hasFinding(session.document(), QStringLiteral("crossyear_carryover")));
        QCOMPARE(session.previousYearPath(), QString());
        // … and belongs to one report: another document starts without it.
        session.setPreviousYear(QStringLiteral("last.nianbao"), last);
        QVERIFY(session.open(path(QStringLiteral("this-year.nianbao")), false, &error));
        QVERIFY(!session.previousYear());
        QVERIFY(!hasFinding(session.document(), QStringLiteral("crossyear_carryover")));
        session.close();
        QVERIFY(!session.previousYear());
    }
};

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
