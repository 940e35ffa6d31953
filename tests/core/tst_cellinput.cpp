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
        QTest::newRow("amount keeps its trailing zero") << "1.50" << CellType::Amount << "1.50";
        QTest::newRow("amount 0 decimals") << "24252" << CellType::Amount << "24252";
        QTest::newRow("amount 1 decimal") << "12.5" << CellType::Amount << "12.5";
        QTest::newRow("amount 2 decimals") << "0.00" << CellType::Amount << "0.00";
        QTest::newRow("amount 3 decimals") << "1.234" << CellType::Amount << "1.234";
        QTest::newRow("amount 5 decimals") << "0.12345" << CellType::Amount << "0.12345";
        QTest::newRow("amount 6 decimals (to the fen)")
            << "24252.311082" << CellType::Amount << "24252.311082";
        QTest::newRow("amount 6 decimals, grouped") << "24,252.311082" << CellType::Amount << "24252.311082";
        QTest::newRow("amount smallest unit") << "0.000001" << CellType::Amount << "0.000001";
        QTest::newRow("amount largest") << "999999999.999999" << CellType::Amount << "999999999.999999";
        QTest::newRow("zeros after the 6th decimal") << "1.50000000" << CellType::Amount << "1.500000";
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
        QTest::newRow("seven decimals") << "24252.3110821" << CellType::Amount << "6 decimals";
        QTest::newRow("seven decimals, tiny") << "0.0000001" << CellType::Amount << "6 decimals";
        QTest::newRow("too large amount") << "1000000000.5" << CellType::Amount << "too large";
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
        // Decimals as entered survive storage; the file-version-1 form is no longer read as a value.
        const CellValue fen = CellInput::parse(QStringLiteral("24252.311082"), CellType::Amount).value;
        QCOMPARE(fen.toStorageString(), QStringLiteral("d:24252.311082"));
        const CellValue half = CellInput::parse(QStringLiteral("12.50"), CellType::Amount).value;
        QCOMPARE(half.toStorageString(), QStringLiteral("d:12.50"));
        QCOMPARE(CellValue::fromStorageString(half.toStorageString(), &ok), half);
        QVERIFY(ok);
        QCOMPARE(half.scaled(), 12500000);
        CellValue::fromStorageString(QStringLiteral("n:125000"), &ok);
        QVERIFY(!ok);
        CellValue::fromStorageString(QStringLiteral("d:1.0000001"), &ok);
        QVERIFY(!ok); // 7 decimals
        CellValue::fromStorageString(QStringLiteral("d:1000000000"), &ok);
        QVERIFY(!ok); // beyond the documented bound
    }

    void version1StorageForm() {
        bool ok = false;
        const CellValue v = CellValue::fromVersion1StorageString(QStringLiteral("n:242523108|x"), &ok);
        QVERIFY(ok);
        QCOMPARE(v.toDisplayString(), QStringLiteral("24252.3108"));
        QCOMPARE(v.scaled(), Q_INT64_C(24252310800));
        QCOMPARE(v.printed(), QStringLiteral("x"));
        QCOMPARE(CellValue::fromVersion1StorageString(QStringLiteral("n:-30000"), &ok).toDisplayString(),
                 QStringLiteral("-3"));
        QCOMPARE(CellValue::fromVersion1StorageString(QStringLiteral("none:/"), &ok),
                 CellValue::printedNone(QStringLiteral("/")));
        CellValue::fromVersion1StorageString(QStringLiteral("n:99999999999999999"), &ok);
        QVERIFY(!ok);
    }

    void sumsOfFenAmountsAreExact() {
        // 10,000 values of k.000001: the exact total is Σk + 0.01, which a double sum does not give.
        qint64 total = 0;
        int decimals = 0;
        for (int k = 0; k < 10000; ++k) {
            const QString text = QStringLiteral("%1.000001").arg(k);
            const CellInputResult r = CellInput::parse(text, CellType::Amount);
            QVERIFY2(r.ok, qPrintable(r.error));
            total += r.value.scaled();
            decimals = qMax(decimals, r.value.decimals());
        }
        QCOMPARE(formatScaled(total, decimals), QStringLiteral("49995000.010000"));
        QCOMPARE(total, Q_INT64_C(49995000010000));
    }

    void displayNeverDropsDigits() {
        QCOMPARE(formatScaled(1, 0), QStringLiteral("0.000001"));
        QCOMPARE(formatScaled(-12500000, 1), QStringLiteral("-12.5"));
        QCOMPARE(formatScaled(12500000, 3), QStringLiteral("12.500"));
        QCOMPARE(CellValue::fromScaled(12500000, 0).decimals(), 1);
        QCOMPARE(formatScaled(kMaxCellScaled), QStringLiteral("999999999.999999"));
        QCOMPARE(formatScaled(-kMaxCellScaled), QStringLiteral("-999999999.999999"));
    }
};

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cellinput.moc"
