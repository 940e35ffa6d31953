#include "model/CellInput.h"

#include <QTest>

using namespace nb;

Q_DECLARE_METATYPE(nb::CellType)

class TestCellInput : public QObject {
    Q_OBJECT
private slots:
    void accepted_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CellType>("type");
        QTest::addColumn<QString>("display"); // expected display text; "" = blank
        QTest::newRow("plain") << "12" << CellType::Count << "12";
        QTest::newRow("zero") << "0" << CellType::Count << "0";
        QTest::newRow("full-width digits (IME)") << QStringLiteral("１２３") << CellType::Count << "123";
        QTest::newRow("full-width mixed") << QStringLiteral("１2３") << CellType::Count << "123";
        QTest::newRow("spaces around") << "  42 " << CellType::Count << "42";
        QTest::newRow("ideographic space") << QStringLiteral("\u30007\u3000") << CellType::Count << "7";
        QTest::newRow("thousands separators") << "1,234,567" << CellType::Count << "1234567";
        QTest::newRow("full-width comma grouping") << QStringLiteral("1，234") << CellType::Count << "1234";
        QTest::newRow("leading zeros") << "007" << CellType::Count << "7";
        QTest::newRow("empty is blank") << "" << CellType::Count << "";
        QTest::newRow("only spaces is blank") << "   " << CellType::Count << "";
        QTest::newRow("dash means none") << "-" << CellType::Count << "0";
        QTest::newRow("slash means none") << "/" << CellType::Count << "0";
        QTest::newRow("full-width slash") << QStringLiteral("／") << CellType::Count << "0";
        QTest::newRow("wu means none") << QStringLiteral("无") << CellType::Count << "0";
        QTest::newRow("em dash means none") << QStringLiteral("—") << CellType::Count << "0";
        QTest::newRow("whole amount") << "3" << CellType::Amount << "3";
        QTest::newRow("amount 4 decimals") << "0.3456" << CellType::Amount << "0.3456";
        QTest::newRow("amount trailing zeros") << "1.50" << CellType::Amount << "1.5";
        QTest::newRow("full-width decimal point") << QStringLiteral("２．５") << CellType::Amount << "2.5";
        QTest::newRow("count 3.00 is whole") << "3.00" << CellType::Count << "3";
        QTest::newRow("signed negative") << "-8" << CellType::Signed << "-8";
        QTest::newRow("signed full-width minus") << QStringLiteral("－８") << CellType::Signed << "-8";
        QTest::newRow("signed plus") << "+3" << CellType::Signed << "3";
        QTest::newRow("largest") << "999999999" << CellType::Count << "999999999";
    }
    void accepted() {
        QFETCH(QString, input);
        QFETCH(CellType, type);
        QFETCH(QString, display);
        const CellInputResult r = CellInput::parse(input, type);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.value.toDisplayString(), display);
        QCOMPARE(r.value.isBlank(), display.isEmpty());
    }

    void rejected_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CellType>("type");
        QTest::addColumn<QString>("reason"); // a word the message must contain
        QTest::newRow("letters") << "abc" << CellType::Count << "not a number";
        QTest::newRow("digits then letters") << "12a" << CellType::Count << "not a number";
        QTest::newRow("unit") << QStringLiteral("5件") << CellType::Count << "not a number";
        QTest::newRow("negative count") << "-3" << CellType::Count << "Negative";
        QTest::newRow("negative amount") << "-0.5" << CellType::Amount << "Negative";
        QTest::newRow("fraction in count") << "1.5" << CellType::Count << "whole number";
        QTest::newRow("five decimals") << "0.12345" << CellType::Amount << "4 decimals";
        QTest::newRow("too large") << "1000000000" << CellType::Count << "too large";
        QTest::newRow("two points") << "1.2.3" << CellType::Amount << "not a number";
        QTest::newRow("bad grouping") << "12,34" << CellType::Count << "not a number";
        QTest::newRow("grouping after four digits") << "1234,567" << CellType::Count << "not a number";
        QTest::newRow("trailing point") << "3." << CellType::Amount << "not a number";
        QTest::newRow("lone plus") << "+" << CellType::Signed << "not a number";
        QTest::newRow("expression") << "1+2" << CellType::Count << "not a number";
    }
    void rejected() {
        QFETCH(QString, input);
        QFETCH(CellType, type);
        QFETCH(QString, reason);
        const CellInputResult r = CellInput::parse(input, type);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void storageRoundTrip() {
        const QVector<CellValue> values = {CellValue::blank(), CellValue::fromUnits(0),
                                           CellValue::fromUnits(42), CellValue::fromScaled(-35),
                                           CellValue::printedNone(QStringLiteral("/"))};
        for (CellValue v : values) {
            bool ok = false;
            QCOMPARE(CellValue::fromStorageString(v.toStorageString(), &ok), v);
            QVERIFY(ok);
            v.setPrinted(QStringLiteral("251000元"));
            QCOMPARE(CellValue::fromStorageString(v.toStorageString(), &ok), v);
        }
        bool ok = true;
        CellValue::fromStorageString(QStringLiteral("garbage"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cellinput.moc"
