#include "SampleReports.h"

#include "io/JsonExchange.h"
#include "io/JsonNumbers.h"
#include "model/CellInput.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;

class TestJsonExchange : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsLosslessAndByteStable() {
        Report r = test::reportFromExpected(test::samplePath(QStringLiteral("2021-wuhai-psb.expected.json")));
        r.title = QStringLiteral("乌海市公安局2021年政府信息公开工作年度报告");
        r.narratives.insert(QStringLiteral("一"), QStringLiteral("第一段。\n（一）小标题。\n第二段。"));
        r.notes = QStringLiteral("备注");
        r.agencyKind = AgencyKind::Government;
        r.setCell(QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                  QStringLiteral("本年收费金额（单位：万元）"),
                  CellValue::fromScaled(12345)); // 0.012345 万元
        r.cells[1] = CellValue::printedNone(QStringLiteral("/"));
        CellValue withUnit = CellValue::fromUnits(25);
        withUnit.setPrinted(QStringLiteral("251000元"));
        r.cells[2] = withUnit;
        r.cells[3] = CellValue::blank();

        const QByteArray first = JsonExchange::toBytes(r);
        Report back;
        QString error;
        QVERIFY2(JsonExchange::fromBytes(first, FormatRegistry::instance(), &back, &error),
                 qPrintable(error));
        QVERIFY(back == r);
        QCOMPARE(JsonExchange::toBytes(back), first);
        QVERIFY(first.contains("\"schema\": \"nianbao/1\""));
        QVERIFY(first.contains("0.012345"));
        QVERIFY(JsonExchange::looksLikeOurs(first));

        // Long notes put "schema" (written after them) beyond the first kilobytes: still ours.
        r.notes = QString(3000, QChar(0x6587));
        const QByteArray longNotes = JsonExchange::toBytes(r);
        QVERIFY(longNotes.indexOf("\"schema\"") > 4096);
        QVERIFY(JsonExchange::looksLikeOurs(longNotes));
        QVERIFY(!JsonExchange::looksLikeOurs(QByteArray("{\"notes\": \"") + QByteArray(5000, 'x') + "\"}"));
    }

    void amountsAreWrittenAndReadExactlyAsEntered() {
        Report r = test::reportFromExpected(test::samplePath(QStringLiteral("2021-wuhai-psb.expected.json")));
        const QString row = QStringLiteral("第二十条第（八）项/行政事业性收费");
        const QString column = QStringLiteral("本年收费金额（单位：万元）");
        for (const QString& typed :
             {QStringLiteral("24252.311082"), QStringLiteral("12.5"), QStringLiteral("12.50"),
              QStringLiteral("0.000001"), QStringLiteral("999999999.999999"), QStringLiteral("7")}) {
            const CellInputResult in = CellInput::parse(typed, CellType::Amount);
            QVERIFY(in.ok);
            QVERIFY(r.setCell(QStringLiteral("二"), row, column, in.value));
            const QByteArray bytes = JsonExchange::toBytes(r);
            QVERIFY2(bytes.contains(QStringLiteral("\"%1\": %2").arg(column, typed).toUtf8()),
                     bytes.constData());
            QVERIFY(!bytes.contains("\\u0001"));
            Report back;
            QString error;
            QVERIFY2(JsonExchange::fromBytes(bytes, FormatRegistry::instance(), &back, &error),
                     qPrintable(error));
            QCOMPARE(back.cell(QStringLiteral("二"), row, column), in.value);
            QCOMPARE(back.cell(QStringLiteral("二"), row, column).toDisplayString(), typed);
        }
    }

    void readsNumberLiteralsExactly_data() {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<QString>("shown"); // "" = refused
        QTest::newRow("six decimals") << QByteArray("24252.311082") << "24252.311082";
        QTest::newRow("trailing zero kept") << QByteArray("12.50") << "12.50";
        QTest::newRow("exponent") << QByteArray("1.25e3") << "1250";
        QTest::newRow("negative exponent") << QByteArray("5E-6") << "0.000005";
        QTest::newRow("zeros after the 6th") << QByteArray("1.5000000") << "1.500000";
        QTest::newRow("seven decimals") << QByteArray("0.0000001") << "";
        QTest::newRow("too large") << QByteArray("1000000000.5") << "";
        QTest::newRow("huge integer") << QByteArray("123456789012345678901234567890") << "";
    }
    void readsNumberLiteralsExactly() {
        QFETCH(QByteArray, literal);
        QFETCH(QString, shown);
        const QByteArray json = "{\"schema\":\"nianbao/1\",\"format\":\"gov-2021\",\"year\":2025,\"agency\":"
                                "\"x\",\"sections\":[{\"id\":\"二\",\"rows\":[{\"row\":\"第二十条第（八）项/"
                                "行政事业性收费\",\"cells\":{\"本年收费金额（单位：万元）\":" +
                                literal + "}}]}]}";
        Report r;
        QString error;
        const bool ok = JsonExchange::fromBytes(json, FormatRegistry::instance(), &r, &error);
        QCOMPARE(ok, !shown.isEmpty());
        if (!ok) {
            QVERIFY2(error.contains(QStringLiteral("not a valid value")), qPrintable(error));
            return;
        }
        QCOMPARE(r.cell(QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                        QStringLiteral("本年收费金额（单位：万元）"))
                     .toDisplayString(),
                 shown);
    }

    void readsDoublesOfAQJsonObjectExactly() {
        // fromJson on an object built in memory: doubles, read through their shortest round-trip text.
        for (const char* text : {"24252.311082", "999999999.999999", "0.000001", "0.1", "123456.654321"}) {
            CellValue v;
            QVERIFY(JsonNumbers::cellFromJson(QJsonValue(QByteArray(text).toDouble()), &v));
            QCOMPARE(v.toDisplayString(), QString::fromLatin1(text));
        }
    }

    void documentedShape() {
        Report r = test::reportFromExpected(test::samplePath(QStringLiteral("2021-wuhai-psb.expected.json")));
        const QJsonObject o = JsonExchange::toJson(r);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("gov-2021"));
        QCOMPARE(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2022-01-19"));
        const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), qsizetype(6));
        const QJsonArray rows4 = sections.at(3).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows4.size(), qsizetype(1));
        QCOMPARE(rows4.at(0).toObject().value(QStringLiteral("row")).toString(), QString());
        QCOMPARE(rows4.at(0).toObject().value(QStringLiteral("cells")).toObject().size(), qsizetype(15));
        const QJsonArray rows2 = sections.at(1).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows2.at(1)
                     .toObject()
                     .value(QStringLiteral("cells"))
                     .toObject()
                     .value(QStringLiteral("本年制发件数"))
                     .toInt(),
                 19);
        Report blank = Report::create(r.format, 2025, QStringLiteral("某局"), AgencyKind::Department);
        const QJsonObject b = JsonExchange::toJson(blank);
        QVERIFY(b.value(QStringLiteral("sections"))
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(QStringLiteral("rows"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("cells"))
                    .toObject()
                    .value(QStringLiteral("自然人"))
                    .isNull());
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            "{\"schema\":\"nianbao/1\",\"format\":\"gov-2021\",\"year\":2025,\"agency\":\"x\",";
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("foreign") << QByteArray("{\"a\":1}") << "not a Nianbao report";
        QTest::newRow("newer schema")
            << QByteArray("{\"schema\":\"nianbao/2\"}") << "newer interchange schema";
        QTest::newRow("unknown format")
            << QByteArray("{\"schema\":\"nianbao/1\",\"format\":\"gov-1999\"}") << "unknown report format";
        QTest::newRow("unknown cell") << head + "\"sections\":[{\"id\":\"三\",\"rows\":[{\"row\":"
                                                "\"五、其他\",\"cells\":{\"自然人\":1}}]}]}"
                                      << "no such cell";
        QTest::newRow("fraction in count")
            << head + "\"sections\":[{\"id\":\"三\",\"rows\":[{\"row\":\"一、本年新收政府信息公开申请数量\","
                      "\"cells\":{\"自然人\":1.5}}]}]}"
            << "not a whole number";
        QTest::newRow("negative") << head +
                                         "\"sections\":[{\"id\":\"三\",\"rows\":[{\"row\":"
                                         "\"一、本年新收政府信息公开申请数量\",\"cells\":{\"自然人\":-1}}]}]}"
                                  << "negative";
        QTest::newRow("string cell")
            << head + "\"sections\":[{\"id\":\"三\",\"rows\":[{\"row\":\"一、本年新收政府信息公开申请数量\","
                      "\"cells\":{\"自然人\":\"3\"}}]}]}"
            << "number or null";
        QTest::newRow("bad date") << head + "\"signature\":{\"date\":\"2026-13-01\"}}"
                                  << "not a date";
        QTest::newRow("bad kind") << head + "\"agency_kind\":\"公司\"}"
                                  << "neither";
    }
    void rejectsBadInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Report out;
        QString error;
        QVERIFY(!JsonExchange::fromBytes(json, FormatRegistry::instance(), &out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void findingJson() {
        Finding f;
        f.rule = QStringLiteral("table3_balance");
        f.section = QStringLiteral("三");
        f.column = QStringLiteral("自然人");
        f.hasNumbers = true;
        f.expected = 5 * kValueScale;
        f.actual = 3 * kValueScale;
        f.message = QStringLiteral("m");
        const QJsonObject o = JsonExchange::findingToJson(f);
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("row")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("expected")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("actual")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
