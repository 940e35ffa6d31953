// The Chinese translation is complete and is what the program shows: no unfinished or empty message in
// translations/nianbao_zh_CN.ts, every placeholder kept, the embedded .qm and Qt's own qtbase_zh_CN load.
#include "Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace nb::gui;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void tsFileIsComplete();
    void embeddedTranslationLoads();
    void qtOwnStringsTranslated();
    void switchesBackToEnglish();
};

namespace {
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}
} // namespace

void TestTranslations::tsFileIsComplete() {
    QFile file(QStringLiteral(NIANBAO_SOURCE_DIR "/translations/nianbao_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished");
                inTranslation = true;
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    unfinished = false;
            } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
                translation += xml.readElementText();
            }
        } else if (xml.isCharacters() && inTranslation) {
            translation += xml.text().toString().trimmed();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
                if (unfinished || translation.isEmpty())
                    problems << QStringLiteral("%1: unfinished “%2”").arg(context, source);
                else if (placeholders(source) != placeholders(translation))
                    problems << QStringLiteral("%1: placeholders differ in “%2” → “%3”")
                                    .arg(context, source, translation);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) (run translations/fill_translations.py):\n").arg(problems.size()) +
            problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedTranslationLoads() {
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/nianbao_zh_CN.qm")));
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("nb::gui::FindingsDock", "Checks"), QStringLiteral("检查结果"));
    // Core strings are covered too (the same .ts holds core, CLI and GUI).
    QCOMPARE(QCoreApplication::translate("EditCommands", "Edit \"%1\""), QStringLiteral("修改“%1”"));
}

void TestTranslations::qtOwnStringsTranslated() {
    Translations::install(QStringLiteral("zh_CN"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

void TestTranslations::switchesBackToEnglish() {
    Translations::install(QStringLiteral("zh_CN"));
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
