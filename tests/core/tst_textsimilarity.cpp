#include "rules/TextSimilarity.h"

#include <QTest>

using namespace nb;

class TestTextSimilarity : public QObject {
    Q_OBJECT
private slots:
    void normalizedDropsSpacesPunctuationAndDigits() {
        QCOMPARE(TextSimilarity::normalized(QStringLiteral(" 本年度，共收到申请 12 件。\t（一）")),
                 QStringLiteral("本年度共收到申请件一"));
        QCOMPARE(TextSimilarity::normalized(QStringLiteral("２０２３年：“好”")), QStringLiteral("年好"));
        QCOMPARE(TextSimilarity::normalized(QStringLiteral("ABC def")), QStringLiteral("abcdef"));
    }

    void identicalAndEmpty() {
        QCOMPARE(TextSimilarity::similarity(QStringLiteral("相同文字"), QStringLiteral("相同文字"), 0.9),
                 1.0);
        QCOMPARE(TextSimilarity::similarity(QString(), QString(), 0.9), 1.0);
        QCOMPARE(TextSimilarity::similarity(QStringLiteral("一二三"), QString(), 0), 0.0);
    }

    void editDistanceRatio() {
        // One substitution in ten characters: 90 %.
        const QString a = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        const QString b = QStringLiteral("甲乙丙丁戊己庚辛壬子");
        QCOMPARE(TextSimilarity::similarity(a, b, 0), 0.9);
        QCOMPARE(TextSimilarity::similarity(a, b, 0.9), 0.9);
        // Asked for at least 95 %: certainly below, so 0.
        QCOMPARE(TextSimilarity::similarity(a, b, 0.95), 0.0);
        // One insertion: 10 of 11 kept.
        QCOMPARE(TextSimilarity::similarity(a, a + QStringLiteral("子"), 0), 1.0 - 1.0 / 11.0);
        // Full distance without a bound equals the classic Levenshtein distance (kitten → sitting: 3 of 7).
        QCOMPARE(TextSimilarity::similarity(QStringLiteral("kitten"), QStringLiteral("sitting"), 0),
                 1.0 - 3.0 / 7.0);
    }

    void lengthAloneRulesOut() {
        const QString a(100, QChar(0x4E00));
        const QString b(80, QChar(0x4E00));
        QCOMPARE(TextSimilarity::similarity(a, b, 0.9), 0.0); // 20 % shorter: below 90 % whatever the text
        QCOMPARE(TextSimilarity::similarity(a, b, 0.5), 0.8);
    }

    void unrelatedTextsExitEarly() {
        const QString a = QString(QStringLiteral("主动公开政府信息")).repeated(40);
        const QString b = QString(QStringLiteral("依申请公开工作情况")).repeated(36);
        QCOMPARE(TextSimilarity::similarity(a, b, 0.9), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTextSimilarity)
#include "tst_textsimilarity.moc"
