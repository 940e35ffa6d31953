// OfficeExport: the status JSON (exact keys) and the CSV (BOM, one row per unit, key figures).
#include "office/OfficeExport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {

QVector<UnitStatusRow> sampleRows() {
    UnitStatusRow missing;
    missing.agency = QStringLiteral("缺报局");
    missing.onRoster = true;
    UnitStatusRow got;
    got.agency = QStringLiteral("甲局, 二处"); // a comma: quoted in CSV
    got.received = true;
    got.status = UnitStatus::Final;
    got.unit.agency = got.agency;
    got.unit.status = UnitStatus::Final;
    got.unit.errors = 1;
    got.unit.warnings = 4;
    got.unit.unexplained = 2;
    got.unit.received = QDateTime(QDate(2026, 1, 20), QTime(8, 30, 5), Qt::UTC);
    got.unit.fingerprint = QString(64, QLatin1Char('f'));
    got.unit.fileName = QStringLiteral("甲局.nianbao");
    got.unit.keyFigures = {{QStringLiteral("new_requests"), QStringLiteral("本年新收申请"), true, 12000000},
                           {QStringLiteral("handled_total"), QStringLiteral("办理结果总计"), false, 0}};
    return {missing, got};
}

} // namespace

class TestOfficeExport : public QObject {
    Q_OBJECT

private slots:
    void statusJsonShape() {
        const QJsonObject json = OfficeExport::statusJson(2025, sampleRows());
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("units"), QStringLiteral("year")}));
        QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2025);
        const QJsonArray units = json.value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), 2);
        QStringList expectedKeys{"agency",   "errors", "file",        "fingerprint",
                                 "received", "status", "unexplained", "warnings"};
        for (const QJsonValue& v : units)
            QCOMPARE(v.toObject().keys(), expectedKeys);
        const QJsonObject missing = units.at(0).toObject();
        QCOMPARE(missing.value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
        QVERIFY(missing.value(QStringLiteral("errors")).isNull());
        QVERIFY(missing.value(QStringLiteral("fingerprint")).isNull());
        const QJsonObject got = units.at(1).toObject();
        QCOMPARE(got.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(got.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(got.value(QStringLiteral("warnings")).toInt(), 4);
        QCOMPARE(got.value(QStringLiteral("unexplained")).toInt(), 2);
        QCOMPARE(got.value(QStringLiteral("received")).toString(), QStringLiteral("2026-01-20T08:30:05Z"));
        QCOMPARE(got.value(QStringLiteral("file")).toString(), QStringLiteral("甲局.nianbao"));
        QCOMPARE(got.value(QStringLiteral("fingerprint")).toString().size(), 64);
    }

    void draftHasNoFingerprint() {
        UnitStatusRow draft = sampleRows().at(1);
        draft.status = UnitStatus::Draft;
        draft.unit.status = UnitStatus::Draft;
        UnitStatusRow altered = sampleRows().at(1);
        altered.status = UnitStatus::Altered;
        altered.unit.status = UnitStatus::Altered;
        // JSON: the member stays (a string), empty for the draft.
        const QJsonArray units =
            OfficeExport::statusJson(2025, {draft, altered}).value(QStringLiteral("units")).toArray();
        QVERIFY(units.at(0).toObject().value(QStringLiteral("fingerprint")).isString());
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("fingerprint")).toString(), QString());
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("fingerprint")).toString(),
                 QString(64, QLatin1Char('f')));
        // CSV: an empty cell between the received time and the file.
        const QStringList lines =
            OfficeExport::csv({draft, altered}).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).contains(QStringLiteral(",draft,1,4,2,2026-01-20T08:30:05Z,,甲局.nianbao,")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).contains(QStringLiteral(",altered,1,4,2,2026-01-20T08:30:05Z,") +
                                     QString(64, QLatin1Char('f')) + QStringLiteral(",甲局.nianbao,")));
    }

    void csvRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("status.csv"));
        QString error;
        QVERIFY2(OfficeExport::writeCsv(sampleRows(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).endsWith(QStringLiteral("本年新收申请,办理结果总计")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("缺报局,")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",missing,")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("\"甲局, 二处\",")));
        QVERIFY(lines.at(2).contains(QStringLiteral(",final,1,4,2,2026-01-20T08:30:05Z,")));
        QVERIFY(lines.at(2).endsWith(QStringLiteral("甲局.nianbao,12,"))); // unknown figure: empty
    }
};

QTEST_GUILESS_MAIN(TestOfficeExport)
#include "tst_officeexport.moc"
