// Drives the real nianbao-cli binary: every subcommand, exit codes, JSON round trip.
#include "document/ReportDocument.h"
#include "io/BuildInfo.h"

#include "CliRunner.h"
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString newReport(const QString& name) {
        const QString file = path(name);
        const Run r = cli({"new", "--year", "2025", "--agency", "某市公安局", "-o", file});
        if (r.code != 0)
            qWarning() << r.err;
        return file;
    }

private slots:
    void helpAndUsageErrors() {
        Run r = cli({"help"});
        QCOMPARE(r.code, 0);
        for (const char* c : {"new", "validate", "export", "import", "set", "history", "checkpoint"})
            QVERIFY2(r.out.contains(QLatin1String(c)), c);
        QCOMPARE(cli({}).code, 2);
        r = cli({"frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("frobnicate"));
        QCOMPARE(cli({"validate"}).code, 2);
        QCOMPARE(cli({"validate", "--no-such-option", "x"}).code, 2);
        QCOMPARE(cli({"--version"}).code, 0);

        // A command's help names the command in its usage line.
        r = cli({"compare", "--help"});
        QCOMPARE(r.code, 0);
        const QString usage = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.contains(QLatin1String("nianbao-cli compare [options]")), qPrintable(usage));
        r = cli({"validate"});
        QVERIFY2(r.err.contains(QLatin1String("nianbao-cli validate [options]")), qPrintable(r.err));
    }

    void versionLine() {
        // One line: program, version, build date, Qt at run time and at compile time (the About box says the
        // same).
        const Run r = cli({"--version"});
        QCOMPARE(r.code, 0);
        const QString line = r.out.trimmed();
        QVERIFY2(!line.contains('\n'), qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("nianbao-cli " NIANBAO_VERSION " ")), qPrintable(line));
        const QRegularExpression date(QStringLiteral("built (\\d{4}-\\d{2}-\\d{2})"));
        const QRegularExpressionMatch m = date.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY2(QDate::fromString(m.captured(1), Qt::ISODate).isValid(), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Qt %1,").arg(QString::fromLatin1(qVersion()))),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("compiled with Qt " QT_VERSION_STR)), qPrintable(line));
        QCOMPARE(line, nb::BuildInfo::summary(QStringLiteral("nianbao-cli")));
        QCOMPARE(cli({"version"}).out, r.out);
    }

    void newDocument() {
        const QString file = newReport("new.nianbao");
        QVERIFY(QFile::exists(file));
        // Never overwrites.
        const QByteArray before = readAll(file);
        Run r = cli({"new", "--year", "2025", "--agency", "别的局", "-o", file});
        QCOMPARE(r.code, 2);
        QCOMPARE(readAll(file), before);
        QCOMPARE(cli({"new", "--year", "abc", "--agency", "x", "-o", path("y.nianbao")}).code, 2);
        QCOMPARE(
            cli({"new", "--year", "2025", "--agency", "x", "--format", "gov-1999", "-o", path("y.nianbao")})
                .code,
            2);
        QCOMPARE(
            cli({"new", "--year", "2025", "--agency", "x", "--agency-kind", "公司", "-o", path("y.nianbao")})
                .code,
            2);
        QVERIFY(!QFile::exists(path("y.nianbao")));
        r = cli({"new", "--format", "gov-2019", "--year", "2020", "--agency", "某县人民政府", "--agency-kind",
                 "人民政府", "-o", path("old.nianbao")});
        QCOMPARE(r.code, 0);
        r = cli({"validate", path("old.nianbao"), "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("format").toString(),
                 QString("gov-2019"));
    }

    void setAndValidate() {
        const QString file = newReport("set.nianbao");
        // A new report has warnings (blank cells, empty sections) but no errors.
        Run r = cli({"validate", file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("blank_cells"));
        QCOMPARE(cli({"validate", file, "--strict"}).code, 1);

        // Full-width digits typed with an IME are accepted; the balance rule now fails.
        r = cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=１２"});
        QCOMPARE(r.code, 0);
        r = cli({"validate", file, "--json"});
        QCOMPARE(r.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(root.value("errors").toInt() >= 1);
        bool found = false;
        for (const QJsonValue& v : root.value("findings").toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value("rule").toString() == "table3_balance" && f.value("column").toString() == "自然人") {
                found = true;
                QCOMPARE(f.value("row").toString(), QString());
                QCOMPARE(f.value("section").toString(), QString("三"));
                QCOMPARE(f.value("actual").toInt(), 12);
                QCOMPARE(f.value("expected").toInt(), 0);
                QCOMPARE(f.value("severity").toString(), QString("error"));
            }
        }
        QVERIFY(found);

        // Balance it: 12 = 10 予以公开 + 2 结转下年度.
        r = cli({"set", file, "--cell", "三:三、本年度办理结果/（一）予以公开:自然人=10", "--cell",
                 "三:四、结转下年度继续办理:自然人=2", "--cell", "四::行政复议/结果维持=1"});
        QCOMPARE(r.code, 0);
        r = cli({"validate", file, "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("errors").toInt(), 0);

        // Totals were computed: export shows them.
        QCOMPARE(cli({"export", file, "--json", path("set.json")}).code, 0);
        const QJsonObject exported = QJsonDocument::fromJson(readAll(path("set.json"))).object();
        const QJsonArray sections = exported.value("sections").toArray();
        const QJsonObject four = sections.at(3).toObject().value("rows").toArray().at(0).toObject();
        QCOMPARE(four.value("cells").toObject().value("行政复议/总计").toInt(), 1);
    }

    void refusedValuesChangeNothing() {
        const QString file = newReport("refuse.nianbao");
        QCOMPARE(cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=3"}).code, 0);
        QCOMPARE(cli({"export", file, "--json", path("before.json")}).code, 0);
        const QStringList bad = {
            "三:一、本年新收政府信息公开申请数量:自然人=abc", // not a number
            "三:一、本年新收政府信息公开申请数量:自然人=-1",  // negative
            "三:一、本年新收政府信息公开申请数量:自然人=1.5", // fraction in a count
            "三:一、本年新收政府信息公开申请数量:不存在=1",   // unknown column
            "三:一、本年新收政府信息公开申请数量:总计=3",     // computed total
            "没有冒号",                                       // malformed
        };
        for (const QString& spec : bad) {
            // The good value first, the bad one second: all or nothing.
            const Run r =
                cli({"set", file, "--cell", "三:二、上年结转政府信息公开申请数量:自然人=5", "--cell", spec});
            QVERIFY2(r.code == 2, qPrintable(spec));
            QVERIFY2(!r.err.isEmpty(), qPrintable(spec));
        }
        QCOMPARE(cli({"set", file, "--meta", "signature-date=2026-02-30"}).code, 2);
        QCOMPARE(cli({"export", file, "--json", path("after.json")}).code, 0);
        QCOMPARE(readAll(path("after.json")), readAll(path("before.json")));
    }

    void sectionTextAndMeta() {
        const QString file = newReport("text.nianbao");
        QFile text(path("one.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("\xEF\xBB\xBF（一）主动公开情况。\r\n本年度主动公开信息120条。\r\n");
        text.close();
        Run r = cli({"set", file, "--section", "一", "--text-file", path("one.txt"), "--meta",
                     "signature-date=2026-01-20", "--meta", "agency-kind=人民政府", "--meta",
                     "title=某市公安局2025年政府信息公开工作年度报告"});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({"export", file, "--json", path("text.json")}).code, 0);
        const QJsonObject o = QJsonDocument::fromJson(readAll(path("text.json"))).object();
        QCOMPARE(o.value("sections").toArray().at(0).toObject().value("text").toString(),
                 QString("（一）主动公开情况。\n本年度主动公开信息120条。\n"));
        QCOMPARE(o.value("signature").toObject().value("date").toString(), QString("2026-01-20"));
        QCOMPARE(o.value("agency_kind").toString(), QString("人民政府"));
        QCOMPARE(cli({"set", file, "--section", "九", "--text-file", path("one.txt")}).code, 2);
        QCOMPARE(cli({"set", file, "--section", "一"}).code, 2);
    }

    void jsonRoundTripIsByteStable() {
        const QString sample = QStringLiteral(NIANBAO_TEST_DATA_DIR "/wuhai-2021.json");
        const QString doc = path("wuhai.nianbao");
        Run r = cli({"import", sample, "-o", doc});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({"export", doc, "--json", path("a.json")}).code, 0);
        QCOMPARE(cli({"import", path("a.json"), "-o", path("b.nianbao")}).code, 0);
        QCOMPARE(cli({"export", path("b.nianbao"), "--json", path("b.json")}).code, 0);
        QVERIFY(!readAll(path("a.json")).isEmpty());
        QCOMPARE(readAll(path("b.json")), readAll(path("a.json")));
        // The published sample is consistent and complete.
        r = cli({"validate", doc, "--strict"});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        // validate and export also read JSON directly.
        QCOMPARE(cli({"validate", path("a.json")}).code, 0);
    }

    void crossYearWithPrevious() {
        const QString last = newReport("last.nianbao");
        QCOMPARE(
            cli({"set", last, "--meta", "year=2024", "--cell", "三:一、本年新收政府信息公开申请数量:自然人=4",
                 "--cell", "三:四、结转下年度继续办理:自然人=4"})
                .code,
            0);
        const QString current = newReport("current.nianbao");
        Run r = cli({"validate", current, "--previous", last, "--json"});
        bool carry = false;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value("findings").toArray())
            carry = carry || v.toObject().value("rule").toString() == "crossyear_carryover";
        QVERIFY(carry);
    }

    void badInputFiles() {
        QFile foreign(path("foreign.txt"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("hello");
        foreign.close();
        QCOMPARE(cli({"validate", path("foreign.txt")}).code, 2);
        QCOMPARE(cli({"validate", path("missing.nianbao")}).code, 2);
        QCOMPARE(cli({"export", path("missing.nianbao"), "--json", path("x.json")}).code, 2);
        QCOMPARE(cli({"export", path("foreign.txt")}).code, 2); // no output named
        QFile newer(path("newer.json"));
        QVERIFY(newer.open(QIODevice::WriteOnly));
        newer.write("{\"schema\": \"nianbao/2\", \"format\": \"gov-2021\"}");
        newer.close();
        const Run r = cli({"import", path("newer.json"), "-o", path("newer.nianbao")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nianbao/2"));
        QVERIFY(!QFile::exists(path("newer.nianbao")));
    }

    void formatCheck() {
        QFile builtin(QStringLiteral(":/formats/gov-2021.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        const QByteArray good = builtin.readAll();
        const QString goodFile = path("good-format.json");
        QFile g(goodFile);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(good);
        g.close();
        Run r = cli({"format", "check", goodFile});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("ok: format gov-2021"), qPrintable(r.out));

        QJsonObject o = QJsonDocument::fromJson(good).object();
        o.insert("frstYear", 2021);
        o.insert("id", "Bad Id");
        const QString badFile = path("bad-format.json");
        QFile b(badFile);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QJsonDocument(o).toJson());
        b.close();
        r = cli({"format", "check", badFile});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(badFile + ": unknown key “frstYear”"), qPrintable(r.out));
        QVERIFY2(r.out.contains(badFile + ": id: "), qPrintable(r.out));

        QCOMPARE(cli({"format", "check", path("missing.json")}).code, 2);
        QCOMPARE(cli({"format", "lint", goodFile}).code, 2);

        // A valid variant that applies from the same year as an installed format: a conflict, exit 1.
        QJsonObject variant = QJsonDocument::fromJson(good).object();
        variant.insert("id", "province-2021");
        const QString variantFile = path("variant-format.json");
        QFile v(variantFile);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write(QJsonDocument(variant).toJson());
        v.close();
        r = cli({"format", "check", variantFile});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(variantFile + ": conflict: format province-2021"), qPrintable(r.out));
        QVERIFY2(r.out.contains("ok: format province-2021"), qPrintable(r.out));
    }

    void historyAndCheckpoints() {
        const QString file = newReport("history.nianbao");
        QCOMPARE(cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=3"}).code, 0);
        QCOMPARE(cli({"checkpoint", file, "--name", "初稿"}).code, 0);
        QCOMPARE(cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=4"}).code, 0);
        QCOMPARE(cli({"checkpoint", file}).code, 2);
        const Run r = cli({"history", file, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray versions = o.value("versions").toArray();
        QCOMPARE(versions.size(), qsizetype(1));
        QCOMPARE(versions.at(0).toObject().value("name").toString(), QString("初稿"));
        QStringList values;
        for (const QJsonValue& v : o.value("edits").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("what").toString().contains("一、本年新收政府信息公开申请数量|自然人"))
                values << e.value("new").toString();
        }
        QCOMPARE(values, QStringList({"d:3", "d:4"}));
        QVERIFY(cli({"history", file}).out.contains("初稿"));
    }

    // The history names cells, sections and fields as the clerk knows them (the stored keys stay in the
    // JSON).
    void historyIsReadable() {
        const QString file = newReport("readable.nianbao");
        QCOMPARE(cli({"set", file, "--cell", "三:二、上年结转政府信息公开申请数量:自然人=3"}).code, 0);
        QCOMPARE(cli({"set", file, "--meta", "agency=某市教育局"}).code, 0);
        const Run r = cli({"history", file, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray edits = QJsonDocument::fromJson(r.out.toUtf8()).object().value("edits").toArray();
        QJsonObject cell;
        QJsonObject agency;
        for (const QJsonValue& v : edits) {
            const QJsonObject e = v.toObject();
            if (e.value("what").toString() == "cell 三|二、上年结转政府信息公开申请数量|自然人")
                cell = e;
            if (e.value("what").toString() == "meta agency")
                agency = e;
        }
        QCOMPARE(cell.value("new").toString(), QString("d:3")); // stored form unchanged
        QCOMPARE(cell.value("kind").toString(), QString("cell"));
        QVERIFY2(cell.value("place").toString().contains("二、上年结转政府信息公开申请数量"),
                 qPrintable(cell.value("place").toString()));
        QVERIFY(cell.value("place").toString().contains("自然人"));
        QVERIFY(!cell.value("place").toString().contains("|"));
        QCOMPARE(cell.value("new_text").toString(), QString("3"));
        QCOMPARE(agency.value("kind").toString(), QString("meta"));
        QCOMPARE(agency.value("new_text").toString(), QString("某市教育局"));
        QVERIFY(agency.value("place").toString() != "agency");
        const QString text = cli({"history", file}).out;
        QVERIFY2(text.contains("二、上年结转政府信息公开申请数量 · 自然人"), qPrintable(text));
        QVERIFY(text.contains("→ 3"));
        QVERIFY(!text.contains("d:3"));
        QVERIFY(!text.contains("cell 三|"));
    }

    // An explanation (说明) reads as what the clerk did, naming the warning; the JSON keeps its fields and
    // adds the action and the finding's key.
    void historyShowsExplanations() {
        const QString file = newReport("explained.nianbao");
        const QString key = "narrative_empty|五";
        QCOMPARE(cli({"explain", file, key, "本年度无此项工作。"}).code, 0);
        QCOMPARE(cli({"explain", file, key, "本年度未开展此项工作，故无内容。"}).code, 0);
        QCOMPARE(cli({"explain", file, key, "--remove"}).code, 0);
        QCOMPARE(cli({"explain", file, "blank_cells|三", "确无数据"}).code, 0);
        const QString text = cli({"history", file}).out;
        const QString five = "Empty section · 五、存在的主要问题及改进情况";
        QVERIFY2(text.contains("Explanation added · " + five + ": (none) → 本年度无此项工作。"),
                 qPrintable(text));
        QVERIFY2(text.contains("Explanation changed · " + five +
                               ": 本年度无此项工作。 → 本年度未开展此项工作，故无内容。"),
                 qPrintable(text));
        QVERIFY2(
            text.contains("Explanation removed · " + five + ": 本年度未开展此项工作，故无内容。 → (none)"),
            qPrintable(text));
        QVERIFY2(text.contains("Explanation added · Blank cells · Table 三: (none) → 确无数据"),
                 qPrintable(text));
        QVERIFY(!text.contains("meta explanations"));
        QVERIFY(!text.contains("{"));

        const Run r = cli({"history", file, "--json"});
        QCOMPARE(r.code, 0);
        QStringList actions;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value("edits").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("what").toString() != "meta explanations") {
                QVERIFY(!e.contains("action"));
                continue;
            }
            QCOMPARE(e.value("kind").toString(), QString("meta")); // unchanged members
            QVERIFY(e.value("new").toString().startsWith("{") || e.value("new").toString().isEmpty());
            QVERIFY(e.contains("old_text") && e.contains("new_text") && e.contains("place"));
            actions << e.value("action").toString() + " " + e.value("finding_key").toString();
        }
        QCOMPARE(actions, QStringList({"explanation_added " + key, "explanation_changed " + key,
                                       "explanation_removed " + key, "explanation_added blank_cells|三"}));
    }

    void setAmountsToTheFen() {
        const QString file = newReport("fen.nianbao");
        const QString cell = "二:第二十条第（八）项/行政事业性收费:本年收费金额（单位：万元）=";
        const QString json = path("fen.json");
        for (const QString value : {"3", "12.5", "0.35", "1.234", "0.0001", "1.12345", "24252.311082"}) {
            const Run set = cli({"set", file, "--cell", cell + value});
            QVERIFY2(set.code == 0, qPrintable(set.err));
            QCOMPARE(cli({"export", file, "--json", json}).code, 0);
            QVERIFY2(readAll(json).contains(QStringLiteral(": %1\n").arg(value).toUtf8()),
                     readAll(json).constData());
        }
        const Run refused = cli({"set", file, "--cell", cell + "24252.3110821"});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("6"), qPrintable(refused.err));
        QCOMPARE(cli({"export", file, "--json", json}).code, 0);
        QVERIFY(readAll(json).contains(": 24252.311082\n")); // unchanged
    }

    void refusesDocumentHeldByAnotherProgram() {
        const QString file = newReport("held.nianbao");
        nb::OpenInfo info;
        QString error;
        auto held = nb::ReportDocument::open(file, &info, &error);
        QVERIFY2(held && !held->isReadOnly(), qPrintable(error));
        const Run r = cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=1"});
        QCOMPARE(r.code, 2);
        // Reading is still allowed.
        QCOMPARE(cli({"validate", file}).code, 0);
        held.reset();
        QCOMPARE(cli({"set", file, "--cell", "三:一、本年新收政府信息公开申请数量:自然人=1"}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
