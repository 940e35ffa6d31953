// Roster: one unit name a line, UTF-8 (with or without BOM) or GBK, detected.
#include "office/Roster.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestRoster : public QObject {
    Q_OBJECT

private slots:
    void utf8AndGbk_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("市教育局\r\n  市公安局 \n\n# 注释行\n市 财政局\n市教育局\n");
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray gbkBytes = gbk.encode(text);
        QVERIFY(gbkBytes != text.toUtf8());
        QTest::newRow("gbk") << gbkBytes;
    }
    void utf8AndGbk() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("名单.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QStringList names;
        QString error;
        QVERIFY2(Roster::read(path, &names, &error), qPrintable(error));
        QCOMPARE(names, (QStringList{QStringLiteral("市教育局"), QStringLiteral("市公安局"),
                                     QStringLiteral("市 财政局")}));
    }

    void neitherEncodingRefused() {
        QStringList names;
        QString error;
        QVERIFY(!Roster::parse(QByteArray("\xFF\xFF\xFF\xFE\x80", 5), &names, &error));
        QVERIFY(!error.isEmpty());
    }

    void missingFile() {
        QStringList names;
        QString error;
        QVERIFY(!Roster::read(QStringLiteral("/nonexistent/roster.txt"), &names, &error));
        QVERIFY(error.contains(QStringLiteral("roster")));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
