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

/// The total of table 三's 本年新收 row in a sample's expected.json (what the importer must read).
qint64 expectedNewRequests(const QString& expectedJson) {
    const QJsonObject o = QJsonDocument::fromJson(readAll(expectedJson)).object();
    return qint64(
        o.value("cells").toObject().value("三").toObject().value(kNew).toObject().value("总计").toDouble());
}

int indicator(const QJsonObject& root, const char* side, const QString& id) {
    for (const QJsonValue& v :
         root.value("indicators").toObject().value(side).toObject().value("figures").toArray())
        if (v.toObject().value("id").toString() == id)
            return v.toObject().value("value").toInt(-1);
    return -1;
}

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
        r = cli({"compare", a, junk.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("junk.json"), qPrintable(r.err));
    }

    void compareOriginals() {
        // Two years of a real agency, both as the published PDFs: the years and figures the importer reads.
        const QString dir = NIANBAO_SAMPLES_DIR "/published/";
        Run r = cli({"compare", dir + "2023-hongze-gov.pdf", dir + "2024-hongze-gov.pdf", "--json"});
        QCOMPARE(r.code, 1);
        QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value("before").toObject().value("year").toInt(), 2023);
        QCOMPARE(root.value("after").toObject().value("year").toInt(), 2024);
        QCOMPARE(indicator(root, "before", "new_requests"),
                 expectedNewRequests(dir + "2023-hongze-gov.expected.json"));
        QCOMPARE(indicator(root, "after", "new_requests"),
                 expectedNewRequests(dir + "2024-hongze-gov.expected.json"));
        QVERIFY(root.value("changed_cells").toInt() > 0);
        // The same report saved as DOCX and as PDF: the tables read from both agree cell for cell.
        const QString saved = NIANBAO_SAMPLES_DIR "/saved-pages/";
        r = cli({"compare", saved + "2024-pingtan-zrz.docx", saved + "2024-pingtan-zrz.pdf", "--json"});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value("changed_cells").toInt(-1), 0);
        QCOMPARE(indicator(root, "after", "new_requests"),
                 expectedNewRequests(saved + "2024-pingtan-zrz.expected.json"));
        // The DOCX against the web page: one paragraph differs only in a no-break space, which is no change.
        r = cli({"compare", saved + "2024-pingtan-zrz.docx", saved + "2024-pingtan-zrz.html", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.out.left(2000)));
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value("changed_paragraphs").toInt(-1), 0);
        QCOMPARE(root.value("changed_cells").toInt(-1), 0);
        // A web page against a document made from it.
        const QString doc = path("pingtan.nianbao");
        QCOMPARE(cli({"convert", saved + "2024-pingtan-zrz.html", "--format", "gov-2019", "-o",
                      path("pingtan-2019.json")})
                     .code,
                 0);
        QCOMPARE(cli({"convert", path("pingtan-2019.json"), "--format", "gov-2021", "-o", doc}).code, 0);
        r = cli({"compare", saved + "2024-pingtan-zrz.html", doc, "--json"});
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(indicator(root, "before", "new_requests"), indicator(root, "after", "new_requests"));
        // A file with no report in it is an error, not an empty report.
        QFile junk(path("junk.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello");
        junk.close();
        r = cli({"compare", doc, junk.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("junk.txt"), qPrintable(r.err));
    }

    void convertTextOriginal() {
        // A 2016 report as published text (the 2008 format) → the 2021 format: nothing has a place, so every
        // value of the old tables is listed, and kept in the new document's notes.
        const QString src = NIANBAO_SAMPLES_DIR "/2016-sanming-psb.txt";
        const QString out = path("sanming.json");
        const Run r = cli({"convert", src, "--format", "gov-2021", "-o", out, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("format").toString(), QStringLiteral("gov-2021"));
        QVERIFY(o.value("not_carried").toArray().size() > 10);
        const QString sourceText = QString::fromUtf8(readAll(src));
        const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
        QCOMPARE(doc.value("year").toInt(), 2016);
        // Every listed value is in the notes and (as a number) in the published text.
        for (const QJsonValue& v : o.value("not_carried").toArray()) {
            const QJsonValue value = v.toObject().value("value");
            if (!value.isDouble())
                continue;
            const QString number = QString::number(value.toDouble());
            QVERIFY2(doc.value("notes").toString().contains("= " + number), qPrintable(number));
            QVERIFY2(sourceText.contains(number), qPrintable(number));
        }
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
