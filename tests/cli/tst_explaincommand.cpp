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
