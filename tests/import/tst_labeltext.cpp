// LabelText: normalisation of printed labels and the (bit-parallel) LCS used to match them.
#include "import/LabelText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nb;

class TestLabelText : public QObject {
    Q_OBJECT
private slots:
    void normalize();
    void core();
    void lcsMatchesReference();
    void closeCjkSpaces();
};

void TestLabelText::normalize() {
    QCOMPARE(LabelText::normalize(QStringLiteral("（一）予以 公开")), QStringLiteral("(一)予以公开"));
    QCOMPARE(LabelText::normalize(QStringLiteral("(一)予以公开")), QStringLiteral("(一)予以公开"));
    QCOMPARE(LabelText::normalize(QStringLiteral("１．属于国家秘密")), QStringLiteral("1属于国家秘密"));
    QCOMPARE(LabelText::normalize(QStringLiteral("1、属于国家秘密")), QStringLiteral("1属于国家秘密"));
    QCOMPARE(LabelText::normalize(QStringLiteral("3.危及“三安全一稳定”")),
             QStringLiteral("3危及三安全一稳定"));
    QCOMPARE(LabelText::normalize(QStringLiteral("3.其它")), QStringLiteral("3其他"));
    QCOMPARE(LabelText::normalize(QStringLiteral("本年增/减")), QStringLiteral("本年增减"));
}

void TestLabelText::core() {
    QCOMPARE(LabelText::core(QStringLiteral("(七)总计")), QStringLiteral("总计"));
    QCOMPARE(LabelText::core(QStringLiteral("1属于国家秘密")), QStringLiteral("属于国家秘密"));
    QCOMPARE(LabelText::core(QStringLiteral("三本年度办理结果")), QStringLiteral("本年度办理结果"));
    QCOMPARE(LabelText::core(QStringLiteral("规章")), QStringLiteral("规章"));
}

void TestLabelText::lcsMatchesReference() {
    QCOMPARE(LabelText::lcs(QStringLiteral("其他法律行政法规禁止公开"), QStringLiteral("其他法律行政止公开")),
             9);
    QCOMPARE(LabelText::lcs(QString(), QStringLiteral("abc")), 0);
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("申请公开政府信息总计年度abc12");
    for (int round = 0; round < 3000; ++round) {
        QString a;
        QString b;
        const int la = rng.bounded(90);
        const int lb = rng.bounded(90);
        for (int i = 0; i < la; ++i)
            a += alphabet.at(rng.bounded(int(alphabet.size())));
        for (int i = 0; i < lb; ++i)
            b += alphabet.at(rng.bounded(int(alphabet.size())));
        QCOMPARE(LabelText::lcs(a, b), LabelText::lcsReference(a, b));
    }
}

void TestLabelText::closeCjkSpaces() {
    QCOMPARE(LabelText::closeCjkSpaces(QStringLiteral("2023 年 1 月 1 日")), QStringLiteral("2023年1月1日"));
    QCOMPARE(LabelText::closeCjkSpaces(QStringLiteral("号 ， 邮 编 ： 223100")),
             QStringLiteral("号，邮编：223100"));
    QCOMPARE(LabelText::closeCjkSpaces(QStringLiteral("hzzwgk@126.com and more")),
             QStringLiteral("hzzwgk@126.com and more"));
}

QTEST_GUILESS_MAIN(TestLabelText)
#include "tst_labeltext.moc"
