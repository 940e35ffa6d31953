#include <QTest>
class Placeholder : public QObject {
    Q_OBJECT
private slots:
    void nothing() { QVERIFY(true); }
};
QTEST_MAIN(Placeholder)
#include "tst_translations.moc"
