// nianbao-cli carry-over and keep-paragraph, through the real binary.
#include "CliRunner.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using nb::test::runCli;

namespace {

const QString kPara =
    QStringLiteral("本机关严格落实政府信息公开条例，全面推进主动公开工作，通过门户网站发布各类信息。");

QJsonArray findingsOf(const QString& path) {
    const auto run = runCli({QStringLiteral("validate"), path, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
}

int count(const QJsonArray& findings, const QString& rule) {
    int n = 0;
    for (const QJsonValue& f : findings)
        n += f.toObject().value(QStringLiteral("rule")).toString() == rule ? 1 : 0;
    return n;
}

} // namespace

class TestCarryOverCommand : public QObject {
    Q_OBJECT
private slots:
    void carryOverThenKeep() {
        QTemporaryDir dir;
        Report last = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2024,
                                     QStringLiteral("某县人民政府"), AgencyKind::Government);
        QVERIFY(last.setCell(QStringLiteral("三"), QStringLiteral("四、结转下年度继续办理"),
                             QStringLiteral("自然人"), CellValue::fromUnits(7)));
        last.narratives.insert(QStringLiteral("一"), kPara);
        const QString lastPath = dir.filePath(QStringLiteral("2024.json"));
        QFile f(lastPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(JsonExchange::toBytes(last));
        f.close();

        const QString newPath = dir.filePath(QStringLiteral("2025.nianbao"));
        auto run = runCli({QStringLiteral("carry-over"), lastPath, QStringLiteral("-o"), newPath});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("某县人民政府2025年政府信息公开工作年度报告")),
                 qPrintable(run.out));

        // Refused: the output exists; a year that is not after last year's; no -o.
        run = runCli({QStringLiteral("carry-over"), lastPath, QStringLiteral("-o"), newPath});
        QCOMPARE(run.code, 2);
        run = runCli({QStringLiteral("carry-over"), lastPath, QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("x.nianbao")), QStringLiteral("--year"),
                      QStringLiteral("2023")});
        QCOMPARE(run.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.nianbao"))));
        QCOMPARE(runCli({QStringLiteral("carry-over"), lastPath}).code, 2);

        // The JSON export carries last year; the copied paragraph is flagged with its number.
        const QString json = dir.filePath(QStringLiteral("2025.json"));
        QCOMPARE(runCli({QStringLiteral("export"), newPath, QStringLiteral("--json"), json}).code, 0);
        QFile exported(json);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(root.value(QStringLiteral("last_year")).toObject().value(QStringLiteral("year")).toInt(),
                 2024);
        QJsonArray findings = findingsOf(newPath);
        QCOMPARE(count(findings, QStringLiteral("narrative_copied")), 1);
        for (const QJsonValue& v : findings) {
            if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("narrative_copied"))
                QCOMPARE(v.toObject().value(QStringLiteral("paragraph")).toInt(), 1);
        }
        QCOMPARE(count(findings, QStringLiteral("crossyear_carryover")), 0);

        run = runCli({QStringLiteral("keep-paragraph"), newPath, QStringLiteral("一"), QStringLiteral("1")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(count(findingsOf(newPath), QStringLiteral("narrative_copied")), 0);
        QCOMPARE(
            runCli({QStringLiteral("keep-paragraph"), newPath, QStringLiteral("一"), QStringLiteral("9")})
                .code,
            2);
        run = runCli({QStringLiteral("keep-paragraph"), newPath, QStringLiteral("一"), QStringLiteral("1"),
                      QStringLiteral("--undo")});
        QCOMPARE(run.code, 0);
        QCOMPARE(count(findingsOf(newPath), QStringLiteral("narrative_copied")), 1);

        // Changing 上年结转 by hand away from last year's figure: an error, exit 1.
        run = runCli({QStringLiteral("set"), newPath, QStringLiteral("--cell"),
                      QStringLiteral("三:二、上年结转政府信息公开申请数量:自然人=9")});
        QCOMPARE(run.code, 0);
        QCOMPARE(count(findingsOf(newPath), QStringLiteral("crossyear_carryover")), 1);
        QCOMPARE(runCli({QStringLiteral("validate"), newPath}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCarryOverCommand)
#include "tst_carryovercommand.moc"
