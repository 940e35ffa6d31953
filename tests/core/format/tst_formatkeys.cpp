// FormatKeys: the one table of keys a format file may use; unknown keys with their location and a
// "did you mean" when an allowed key is close.
#include "format/FormatKeys.h"

#include <QJsonObject>
#include <QTest>

using namespace nb;

class TestFormatKeys : public QObject {
    Q_OBJECT
private slots:
    void tableNamesTheDocumentedKeys() {
        QCOMPARE(FormatKeys::allowed(FormatObject::Section),
                 (QStringList{QStringLiteral("id"), QStringLiteral("heading"), QStringLiteral("hint"),
                              QStringLiteral("required"), QStringLiteral("kind"), QStringLiteral("table")}));
        QCOMPARE(FormatKeys::allowed(FormatObject::Row),
                 (QStringList{QStringLiteral("label"), QStringLiteral("unit"), QStringLiteral("children")}));
        QCOMPARE(FormatKeys::allowed(FormatObject::KeyFigure),
                 (QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("section"),
                              QStringLiteral("row"), QStringLiteral("column")}));
        QVERIFY(FormatKeys::allowed(FormatObject::Root).contains(QStringLiteral("firstYear")));
        QVERIFY(FormatKeys::allowed(FormatObject::Rule).contains(QStringLiteral("parts")));
        QCOMPARE(FormatKeys::allowed(FormatObject::RulePart),
                 (QStringList{QStringLiteral("left"), QStringLiteral("right")}));
    }

    void closest_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("object");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letter missing") << "heding" << int(FormatObject::Section) << "heading";
        QTest::newRow("case") << "captionInpath" << int(FormatObject::Block) << "captionInPath";
        QTest::newRow("letter missing, root") << "frstYear" << int(FormatObject::Root) << "firstYear";
        QTest::newRow("swapped letters") << "lable" << int(FormatObject::Row) << "label";
        QTest::newRow("nothing close") << "colour" << int(FormatObject::Section) << "";
        QTest::newRow("too short to guess") << "x" << int(FormatObject::Row) << "";
    }
    void closest() {
        QFETCH(QString, key);
        QFETCH(int, object);
        QFETCH(QString, expected);
        QCOMPARE(FormatKeys::closest(key, FormatKeys::allowed(FormatObject(object))), expected);
    }

    void checkNamesEveryUnknownKeyWithItsLocation() {
        const QJsonObject o{{QStringLiteral("label"), QStringLiteral("x")},
                            {QStringLiteral("childern"), QStringLiteral("y")},
                            {QStringLiteral("colour"), QStringLiteral("red")}};
        QStringList errors{QStringLiteral("earlier problem")};
        FormatKeys::check(o, FormatObject::Row, QStringLiteral("sections[2].table.blocks[0].rows[5]"),
                          &errors);
        QCOMPARE(errors.size(), qsizetype(3));
        QCOMPARE(errors.at(0), QStringLiteral("earlier problem")); // appended, never replaced
        QCOMPARE(errors.at(1),
                 QStringLiteral("sections[2].table.blocks[0].rows[5]: unknown key “childern” (did "
                                "you mean “children”?)"));
        QCOMPARE(errors.at(2), QStringLiteral("sections[2].table.blocks[0].rows[5]: unknown key “colour” "
                                              "(expected one of: label, unit, children)"));
    }

    void knownKeysAreNoError() {
        QStringList errors;
        FormatKeys::check(QJsonObject{{QStringLiteral("left"), 1}, {QStringLiteral("right"), 2}},
                          FormatObject::RulePart, QStringLiteral("rules[0].parts[0]"), &errors);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormatKeys)
#include "tst_formatkeys.moc"
