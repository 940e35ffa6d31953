// nianbao-cli compare and convert, through the real binary: exit codes, JSON, the HTML page.
#include "CliRunner.h"

#include <QFile>
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

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");

} // namespace

class TestYearsCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString report(const QString& name, int year, const QStringList& cells) {
        const QString file = path(name);
        Run r = cli({"new", "--year", QString::number(year), "--agency", "某市公安局", "-o", file});
        if (r.code != 0)
            qFatal("new failed: %s", qPrintable(r.err));
        for (const QString& c : cells) {
            r = cli({"set", file, "--cell", c});
            if (r.code != 0)
                qFatal("set failed: %s", qPrintable(r.err));
        }
        return file;
    }

private slots:
    void compareExitCodes() {
        const QString a = report("a.nianbao", 2024, {"三:" + kNew + ":自然人=12"});
        const QString b = report("b.nianbao", 2025, {"三:" + kNew + ":自然人=15"});
        const QString a2 = report("a2.nianbao", 2025, {"三:" + kNew + ":自然人=12"});
        Run r = cli({"compare", a, a2});
        QCOMPARE(r.code, 0); // another year, the same tables and narratives: nothing changed
        QVERIFY(r.out.contains("2024") && r.out.contains("2025"));
        r = cli({"compare", a, b});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(kNew + " · 自然人: 12 → 15 (+3)"), qPrintable(r.out));
        QCOMPARE(cli({"compare", a, path("missing.nianbao")}).code, 2);
        QCOMPARE(cli({"compare", a}).code, 2);
        QCOMPARE(cli({"compare", a, b, "--html", path("no-such-dir/out.html")}).code, 2);
        QFile junk(path("junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{not json");
        junk.close();
        QCOMPARE(cli({"compare", a, junk.fileName()}).code, 2);
    }

    void compareJson() {
        const QString a =
            report("ja.nianbao", 2024,
                   {"三:" + kNew + ":自然人=10", "四::行政复议/结果纠正=0", "四::行政复议/结果维持=0"});
        const QString b =
            report("jb.nianbao", 2025,
                   {"三:" + kNew + ":自然人=14", "四::行政复议/结果纠正=1", "四::行政复议/结果维持=3"});
        const Run r = cli({"compare", a, b, "--json"});
        QCOMPARE(r.code, 1);
        QJsonParseError e;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(root.value("schema").toString(), QStringLiteral("nianbao-compare/1"));
        QCOMPARE(root.value("changed").toBool(), true);
        // 自然人 and 总计 of the row, 结果纠正, 结果维持 and the computed 行政复议 总计.
        QCOMPARE(root.value("changed_cells").toInt(), 5);
        QCOMPARE(root.value("changed_paragraphs").toInt(), 0);
        const QJsonObject ind = root.value("indicators").toObject();
        const auto ratio = [&](const char* side) {
            for (const QJsonValue& v : ind.value(side).toObject().value("ratios").toArray())
                if (v.toObject().value("id").toString() == "review_correction_rate")
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(ratio("before").value("defined").toBool(true), false); // 0 of 0: no ratio
        QCOMPARE(ratio("after").value("percent").toString(), QStringLiteral("25.0%"));
    }

    void compareHtml() {
        const QString a = report("ha.nianbao", 2024, {"三:" + kNew + ":自然人=1"});
        const QString b = report("hb.nianbao", 2025, {"三:" + kNew + ":自然人=2"});
        const QString out = path("cmp.html");
        QCOMPARE(cli({"compare", a, b, "--html", out}).code, 1);
        const QString html = QString::fromUtf8(readAll(out));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("size:A4"));
        QVERIFY(html.contains("page-break-after:always")); // the summary is a page of its own
        QVERIFY(html.indexOf("仿宋_GB2312") >= 0 || html.indexOf("宋体") >= 0);
        QVERIFY(html.contains("实质公开率"));
        QVERIFY(html.contains(kNew));
    }

    void convert2019() {
        const QString src = NIANBAO_TEST_DATA_DIR "/years/shanghai-2019-excerpt.json";
        const QString out = path("sh.nianbao");
        Run r = cli({"convert", src, "--format", "gov-2021", "-o", out, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("format").toString(), QStringLiteral("gov-2021"));
        QCOMPARE(o.value("new_rows").toArray().size(), 4);
        QCOMPARE(o.value("not_carried").toArray().size(), 24);
        // The new document holds the carried figures and lists the rest in its notes.
        r = cli({"export", out, "--json", path("sh.json")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(readAll(path("sh.json"))).object();
        QCOMPARE(doc.value("format").toString(), QStringLiteral("gov-2021"));
        QVERIFY(doc.value("notes").toString().contains("251000元"));
        // The comparison of the old and the converted report: only the cells without a place changed.
        r = cli({"compare", src, out, "--json"});
        QCOMPARE(r.code, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("changed_cells").toInt(), 1);
        // Refusals.
        QCOMPARE(cli({"convert", src, "-o", out}).code, 2); // exists
        QCOMPARE(cli({"convert", src, "--format", "gov-1999", "-o", path("x.nianbao")}).code, 2);
        QCOMPARE(cli({"convert", out, "--format", "gov-2021", "-o", path("y.nianbao")}).code, 2);
        QCOMPARE(cli({"convert", src}).code, 2);
        QVERIFY(!QFile::exists(path("x.nianbao")) && !QFile::exists(path("y.nianbao")));
        // JSON output.
        QCOMPARE(cli({"convert", src, "-o", path("sh21.json")}).code, 0);
        QVERIFY(readAll(path("sh21.json")).contains("\"gov-2021\""));
    }
};

QTEST_GUILESS_MAIN(TestYearsCommands)
#include "tst_yearscommands.moc"
