// Explained warnings (说明): the finding key, the rules over explanations, the document's setExplanation with
// its undo step, and the explanations' round trips through the file and the JSON.
#include "StorageTestUtil.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"
#include "io/JsonExchange.h"
#include "rules/Explanations.h"
#include "rules/RuleEngine.h"
#include "storage/DocumentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace nb;

namespace {

const QString kEmptyFive = QStringLiteral("narrative_empty|五");

Report emptyReport() {
    return Report::create(test::format2021(), 2025, QStringLiteral("某市公安局"), AgencyKind::Department);
}

const Finding* findByKey(const Findings& findings, const QString& key) {
    for (const Finding& f : findings)
        if (findingKey(f) == key)
            return &f;
    return nullptr;
}

const Finding* firstOf(const Findings& findings, Severity severity) {
    for (const Finding& f : findings)
        if (f.severity == severity)
            return &f;
    return nullptr;
}

} // namespace

class TestExplanations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<ReportDocument> newDocument(Report report = emptyReport()) {
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

    /// A balance error in table 三: 自然人 新收 5, nothing in the results.
    static void makeBalanceError(ReportDocument* doc) {
        const int cell =
            doc->format().cellIndex(QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
                                    QStringLiteral("自然人"));
        QString error;
        QVERIFY2(doc->setCellText(cell, QStringLiteral("5"), &error), qPrintable(error));
        QVERIFY(firstOf(doc->findings(), Severity::Error));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keyNamesThePlaceNotTheNumbers() {
        Finding a;
        a.severity = Severity::Error;
        a.rule = QStringLiteral("table3_balance");
        a.section = QStringLiteral("三");
        a.column = QStringLiteral("自然人");
        a.cell = 12;
        a.hasNumbers = true;
        a.expected = 5;
        a.actual = 7;
        a.message = QStringLiteral("相差 2");
        QCOMPARE(findingKey(a), QStringLiteral("table3_balance|三||自然人"));
        Finding b = a; // other figures, other message, other anchor: the same finding
        b.expected = 9;
        b.actual = 1;
        b.message = QStringLiteral("相差 8");
        b.cell = 40;
        QCOMPARE(findingKey(b), findingKey(a));
        b.column = QStringLiteral("总计"); // another column: another finding
        QVERIFY(findingKey(b) != findingKey(a));

        Finding field;
        field.rule = QStringLiteral("report_date_missing");
        field.field = QStringLiteral("signature_date");
        QCOMPARE(findingKey(field), QStringLiteral("report_date_missing||||signature_date"));
        Finding paragraph;
        paragraph.rule = QStringLiteral("narrative_copied");
        paragraph.section = QStringLiteral("一");
        paragraph.paragraph = 2;
        QCOMPARE(findingKey(paragraph), QStringLiteral("narrative_copied|一||||2"));

        // blank_cells points at the first blank cell, which moves as the table is filled in: the key
        // is the table's.
        auto doc = newDocument();
        QString error;
        const int first =
            doc->format().cellIndex(QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
                                    QStringLiteral("自然人"));
        QVERIFY(doc->setCell(first, CellValue::fromUnits(0), &error)); // the table is started
        const Finding* blanks = nullptr;
        for (const Finding& f : doc->findings())
            if (f.rule == QLatin1String("blank_cells") && f.section == QStringLiteral("三"))
                blanks = &f;
        QVERIFY(blanks);
        QCOMPARE(findingKey(*blanks), QStringLiteral("blank_cells|三"));
        const Finding before = *blanks;
        QVERIFY(doc->setCell(before.cell, CellValue::fromUnits(0), &error));
        const Finding* after = findByKey(doc->findings(), QStringLiteral("blank_cells|三"));
        QVERIFY(after);
        QVERIFY(after->cell != before.cell);
    }

    void explainWarningCountsAndSurvivesReopen() {
        auto doc = newDocument();
        QVERIFY(doc);
        const int warnings = RuleEngine::warningCount(doc->findings());
        QVERIFY(warnings > 1);
        QCOMPARE(countUnexplainedWarnings(doc->findings(), doc->report()), warnings);
        QSignalSpy changed(doc.get(), &ReportDocument::explanationsChanged);
        QString error;
        const QString text = QStringLiteral("本年度未发现需要报告的问题。");
        QVERIFY2(doc->setExplanation(kEmptyFive, QStringLiteral("  ") + text + QStringLiteral("\n"), &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc->report().explanations.value(kEmptyFive), text); // stored trimmed
        QCOMPARE(countUnexplainedWarnings(doc->findings(), doc->report()), warnings - 1);
        QCOMPARE(RuleEngine::warningCount(doc->findings()), warnings); // still a warning
        const Finding* five = findByKey(doc->findings(), kEmptyFive);
        QVERIFY(five);
        QCOMPARE(Explanations::of(*five, doc->report()), text);

        // Storage round trip: the file gives back the explanation, and the whole report is equal.
        const Report reopened = fileContent(doc->filePath());
        QCOMPARE(reopened.explanations, doc->report().explanations);
        QVERIFY(reopened == doc->report());
        // The edit is in the edit log like every other.
        QVERIFY(fileContainsLog(doc->filePath(), QStringLiteral("explanations")));

        // Removing it.
        QVERIFY(doc->setExplanation(kEmptyFive, QString(), &error));
        QVERIFY(doc->report().explanations.isEmpty());
        QVERIFY(fileContent(doc->filePath()).explanations.isEmpty());
        QCOMPARE(countUnexplainedWarnings(doc->findings(), doc->report()), warnings);
        QVERIFY(!doc->setExplanation(kEmptyFive, QString(), &error)); // nothing left to remove
        QVERIFY(error.contains(kEmptyFive));
    }

    void errorsCannotBeExplained() {
        auto doc = newDocument();
        makeBalanceError(doc.get());
        const Finding* error = firstOf(doc->findings(), Severity::Error);
        QVERIFY(error);
        QVERIFY(!Explanations::isExplainable(*error));
        QString message;
        QVERIFY(!doc->setExplanation(findingKey(*error), QStringLiteral("数字是对的"), &message));
        QVERIFY2(message.contains(QStringLiteral("cannot be explained")), qPrintable(message));
        QVERIFY(doc->report().explanations.isEmpty());
        QVERIFY(fileContent(doc->filePath()).explanations.isEmpty());
        // Not a finding at all, empty text, too long a text.
        QVERIFY(!doc->setExplanation(QStringLiteral("no_such_rule|三"), QStringLiteral("x"), &message));
        QVERIFY(message.contains(QStringLiteral("no_such_rule|三")));
        QVERIFY(!doc->setExplanation(kEmptyFive, QStringLiteral("   "), &message));
        QVERIFY(
            !doc->setExplanation(kEmptyFive, QString(Explanations::kMaxLength + 1, QChar(u'说')), &message));
        QVERIFY(message.contains(QString::number(Explanations::kMaxLength)));
        QVERIFY(doc->report().explanations.isEmpty());
        // An explanation in the JSON under an error's key is not shown on the error nor counted.
        Report r = doc->report();
        r.explanations.insert(findingKey(*error), QStringLiteral("不应出现"));
        const QJsonArray json = JsonExchange::findingsToJson(doc->findings(), r);
        for (const auto& v : json) {
            if (v.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error"))
                QVERIFY(!v.toObject().contains(QLatin1String("explanation")));
        }
    }

    void staleExplanationKeptButNotActive() {
        auto doc = newDocument();
        QString error;
        QVERIFY(doc->setExplanation(kEmptyFive, QStringLiteral("无"), &error));
        const int unexplained = countUnexplainedWarnings(doc->findings(), doc->report());
        // The section gets text: the warning is gone, the explanation stays stored but is not active.
        QVERIFY(doc->setNarrative(QStringLiteral("五"), QStringLiteral("一、存在的问题"), &error));
        QVERIFY(!findByKey(doc->findings(), kEmptyFive));
        QCOMPARE(doc->report().explanations.value(kEmptyFive), QStringLiteral("无"));
        QCOMPARE(Explanations::stale(doc->findings(), doc->report()), QStringList{kEmptyFive});
        QCOMPARE(countUnexplainedWarnings(doc->findings(), doc->report()), unexplained);
        for (const auto& v : JsonExchange::findingsToJson(doc->findings(), doc->report()))
            QVERIFY(!v.toObject().contains(QLatin1String("explanation")));
        // The warning comes back: its explanation is active again.
        QVERIFY(doc->setNarrative(QStringLiteral("五"), QString(), &error));
        QVERIFY(Explanations::stale(doc->findings(), doc->report()).isEmpty());
        QCOMPARE(Explanations::of(*findByKey(doc->findings(), kEmptyFive), doc->report()),
                 QStringLiteral("无"));
        // A stale explanation can still be removed.
        QVERIFY(doc->setNarrative(QStringLiteral("五"), QStringLiteral("一、存在的问题"), &error));
        QVERIFY(doc->setExplanation(kEmptyFive, QString(), &error));
        QVERIFY(doc->report().explanations.isEmpty());
    }

    void undoRedoThroughEditCommands() {
        auto doc = newDocument();
        QUndoStack stack;
        EditCommands edits(doc.get(), &stack);
        QString error;
        QVERIFY(edits.setExplanation(kEmptyFive, QStringLiteral("第一稿"), &error));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add explanation"));
        QVERIFY(edits.setExplanation(kEmptyFive, QStringLiteral("第二稿"), &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Change explanation"));
        QVERIFY(edits.setExplanation(kEmptyFive, QString(), &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Remove explanation"));
        QCOMPARE(stack.count(), 3);
        stack.undo();
        QCOMPARE(doc->report().explanations.value(kEmptyFive), QStringLiteral("第二稿"));
        stack.undo();
        QCOMPARE(doc->report().explanations.value(kEmptyFive), QStringLiteral("第一稿"));
        QCOMPARE(fileContent(doc->filePath()).explanations.value(kEmptyFive), QStringLiteral("第一稿"));
        stack.undo();
        QVERIFY(doc->report().explanations.isEmpty());
        QVERIFY(fileContent(doc->filePath()).explanations.isEmpty());
        stack.redo();
        QCOMPARE(doc->report().explanations.value(kEmptyFive), QStringLiteral("第一稿"));
        // A refused explanation pushes nothing.
        makeBalanceError(doc.get());
        const int before = stack.count();
        QVERIFY(!edits.setExplanation(findingKey(*firstOf(doc->findings(), Severity::Error)),
                                      QStringLiteral("x"), &error));
        QCOMPARE(stack.count(), before);
    }

    void jsonRoundTrip() {
        Report r = emptyReport();
        r.explanations.insert(kEmptyFive, QStringLiteral("本年度无此类事项。"));
        r.explanations.insert(QStringLiteral("blank_cells|四"),
                              QStringLiteral("未发生行政复议、诉讼，\n按规定留空。"));
        const QByteArray bytes = JsonExchange::toBytes(r);
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QLatin1String("explanations")).toObject().value(kEmptyFive).toString(),
                 QStringLiteral("本年度无此类事项。"));
        Report back;
        QString error;
        QVERIFY2(JsonExchange::fromBytes(bytes, FormatRegistry::instance(), &back, &error),
                 qPrintable(error));
        QCOMPARE(back.explanations, r.explanations);
        QVERIFY(back == r);
        QCOMPARE(JsonExchange::toBytes(back), bytes); // byte-stable

        // Without explanations the member is absent, and an older file without it reads as none.
        const QByteArray plain = JsonExchange::toBytes(emptyReport());
        QVERIFY(!QJsonDocument::fromJson(plain).object().contains(QLatin1String("explanations")));
        QVERIFY(JsonExchange::fromBytes(plain, FormatRegistry::instance(), &back, &error));
        QVERIFY(back.explanations.isEmpty());
        // Malformed: not an object, or a value that is not text.
        QJsonObject bad = root;
        bad.insert(QStringLiteral("explanations"), QJsonArray{QStringLiteral("x")});
        QVERIFY(
            !JsonExchange::fromBytes(QJsonDocument(bad).toJson(), FormatRegistry::instance(), &back, &error));
        QVERIFY(error.contains(QLatin1String("explanations")));
        bad.insert(QStringLiteral("explanations"), QJsonObject{{kEmptyFive, 3}});
        QVERIFY(
            !JsonExchange::fromBytes(QJsonDocument(bad).toJson(), FormatRegistry::instance(), &back, &error));
    }

    void fileWithoutTheRowOpens() {
        // A document written before explanations has no "explanations" meta row: it opens with none, and
        // the first explanation adds the row (no schema change).
        auto doc = newDocument();
        const QString path = doc->filePath();
        doc.reset();
        {
            const QString name = QStringLiteral("strip-explanations");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'explanations'")));
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'explanations'")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 0);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), DocumentStore::kSchemaVersion); // no schema change for them
            }
            QSqlDatabase::removeDatabase(name);
        }
        OpenInfo info;
        QString error;
        auto reopened = ReportDocument::open(path, &info, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->report().explanations.isEmpty());
        QVERIFY(reopened->setExplanation(kEmptyFive, QStringLiteral("补充说明"), &error));
        reopened.reset();
        QCOMPARE(fileContent(path).explanations.value(kEmptyFive), QStringLiteral("补充说明"));
    }

private:
    static bool fileContainsLog(const QString& path, const QString& what) {
        OpenInfo info;
        QString error;
        auto doc = ReportDocument::open(path, &info, &error, true);
        if (!doc || !doc->store())
            return false;
        for (const EditLogEntry& entry : doc->store()->history())
            if (entry.what.contains(what))
                return true;
        return false;
    }
};

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
