// nianbao-cli explain, and the keys, explanations and unexplained counts of validate and check.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = nb::test::CliRun;

Run cli(const QStringList& args) {
    return nb::test::runCli(args);
}

const QString kEmptyFive = QStringLiteral("narrative_empty|五");
const QString kText = QStringLiteral("本年度未发现需要报告的问题。");

QJsonObject findingWithKey(const QJsonArray& findings, const QString& key) {
    for (const auto& v : findings)
        if (v.toObject().value(QLatin1String("key")).toString() == key)
            return v.toObject();
    return {};
}

// RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks).
QVector<QStringList> parseCsv(const QString& text) {
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExplainCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newReport() {
        const QString file = m_dir.filePath(QStringLiteral("r%1.nianbao").arg(++m_count));
        const Run r = cli({"new", "--year", "2025", "--agency", "某市公安局", "-o", file});
        if (r.code != 0)
            qWarning() << r.err;
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validatePrintsKeys() {
        const QString file = newReport();
        const Run r = cli({"validate", file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  key: ") + kEmptyFive + QLatin1Char('\n')),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  key: blank_cells|三\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("0 error(s), 7 warning(s) (7 unexplained)")),
                 qPrintable(r.out));
    }

    void explainShowsInValidateAndCheck() {
        const QString file = newReport();
        Run r = cli({"explain", file, kEmptyFive, kText});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("7 warning(s) (6 unexplained)")), qPrintable(r.out));

        r = cli({"validate", file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  key: ") + kEmptyFive + QStringLiteral("\n  explanation: ") +
                                kText + QLatin1Char('\n')),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("(6 unexplained)")));

        r = cli({"validate", "--json", file});
        QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("warnings")).toInt(), 7);
        QCOMPARE(root.value(QLatin1String("unexplained_warnings")).toInt(), 6);
        QJsonObject five = findingWithKey(root.value(QLatin1String("findings")).toArray(), kEmptyFive);
        QCOMPARE(five.value(QLatin1String("explanation")).toString(), kText);
        QCOMPARE(five.value(QLatin1String("rule")).toString(), QStringLiteral("narrative_empty"));
        QVERIFY(!findingWithKey(root.value(QLatin1String("findings")).toArray(),
                                QStringLiteral("narrative_empty|六"))
                     .contains(QLatin1String("explanation")));

        r = cli({"check", file});
        QVERIFY2(r.out.contains(QStringLiteral("    key: ") + kEmptyFive +
                                QStringLiteral("\n    explanation: ") + kText),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  0 error(s), 7 warning(s) (6 unexplained)")),
                 qPrintable(r.out));
        r = cli({"check", "--json", file});
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject checked = root.value(QLatin1String("files")).toArray().at(0).toObject();
        QCOMPARE(checked.value(QLatin1String("unexplained_warnings")).toInt(), 6);
        QCOMPARE(checked.value(QLatin1String("warnings")).toInt(), 7);
        five = findingWithKey(checked.value(QLatin1String("findings")).toArray(), kEmptyFive);
        QCOMPARE(five.value(QLatin1String("explanation")).toString(), kText);

        // Exported in the JSON, and back through import.
        const QString json = m_dir.filePath(QStringLiteral("explained.json"));
        QCOMPARE(cli({"export", file, "--json", json}).code, 0);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QLatin1String("explanations")).toObject().value(kEmptyFive).toString(), kText);
        const QString imported = m_dir.filePath(QStringLiteral("imported.nianbao"));
        QCOMPARE(cli({"import", json, "-o", imported}).code, 0);
        r = cli({"validate", "--json", imported});
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("unexplained_warnings")).toInt(), 6);

        // Removed again.
        r = cli({"explain", file, kEmptyFive, "--remove"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("(7 unexplained)")));
        QVERIFY(!cli({"validate", file}).out.contains(QStringLiteral("explanation:")));
        QCOMPARE(cli({"explain", file, kEmptyFive, "--remove"}).code, 2); // nothing to remove
    }

    // check --csv: the findings CSV ends with the key and the explanation (quoted when it holds a comma,
    // a quote or a line break), the summary with the unexplained count; UTF-8 with a BOM like before.
    void checkCsvHasKeysAndExplanations() {
        const QString file = newReport();
        const QString text = QStringLiteral("本年度未开展此项工作，故无内容, 见\"附件\"\n第二行");
        QCOMPARE(cli({"explain", file, kEmptyFive, text}).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("check.csv"));
        QCOMPARE(cli({"check", "--csv", csv, file}).code, 0);

        QFile findingsFile(m_dir.filePath(QStringLiteral("check-findings.csv")));
        QVERIFY(findingsFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = findingsFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"本年度未开展此项工作，故无内容, 见\"\"附件\"\"\n第二行\"\r\n"));
        const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.constFirst().mid(rows.constFirst().size() - 3),
                 QStringList({QStringLiteral("path"), QStringLiteral("key"), QStringLiteral("explanation")}));
        QCOMPARE(rows.size(), 1 + 7); // the seven warnings of a new report
        int explained = 0;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.constFirst().size());
            QCOMPARE(row.at(4), QStringLiteral("warning"));
            QVERIFY(row.at(row.size() - 2).startsWith(row.at(5) + QLatin1Char('|'))); // key starts with rule
            if (row.at(row.size() - 2) == kEmptyFive) {
                QCOMPARE(row.constLast(), text);
                ++explained;
            } else {
                QVERIFY(row.constLast().isEmpty());
            }
        }
        QCOMPARE(explained, 1);

        QFile summaryFile(csv);
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QVector<QStringList> summary = parseCsv(QString::fromUtf8(summaryFile.readAll().mid(3)));
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.at(0).constLast(), QStringLiteral("unexplained_warnings"));
        QCOMPARE(summary.at(1).at(5), QStringLiteral("7")); // warnings
        QCOMPARE(summary.at(1).constLast(), QStringLiteral("6"));
    }

    void refusals() {
        const QString file = newReport();
        QCOMPARE(cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=5"}).code, 0);
        const QString errorKey = QStringLiteral("table3_balance|三||自然人");
        QVERIFY(cli({"validate", file}).out.contains(QStringLiteral("error [table3_balance] 三 | 自然人")));
        Run r = cli({"explain", file, errorKey, "数字无误"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be explained")), qPrintable(r.err));
        r = cli({"explain", file, "no_such|三", "x"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no_such|三")));
        QCOMPARE(cli({"explain", file, kEmptyFive}).code, 2);                  // TEXT missing
        QCOMPARE(cli({"explain", file, kEmptyFive, "x", "--remove"}).code, 2); // both
        QCOMPARE(cli({"explain", file, kEmptyFive, "  "}).code, 2);            // empty
        QCOMPARE(cli({"explain", m_dir.filePath(QStringLiteral("missing.nianbao")), kEmptyFive, "x"}).code,
                 2);
        // Nothing was stored by any of them.
        r = cli({"validate", "--json", file});
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("unexplained_warnings")).toInt(),
                 root.value(QLatin1String("warnings")).toInt());
        QVERIFY(findingWithKey(root.value(QLatin1String("findings")).toArray(), errorKey)
                    .value(QLatin1String("severity"))
                    .toString() == QLatin1String("error"));
    }
};

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
