// A print preview does not change the editors' font for documents opened later in the same session.
// Reproduces the cause first: the preview registers the bundled fonts, after which the editors' family
// list (仿宋_GB2312, FangSong, 仿宋, FandolFang, …) would resolve to the thin FandolFang.
#include "GuiTestSupport.h"

#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "UiFonts.h"

#include "render/FontResolver.h"

#include <QAction>
#include <QFontDatabase>
#include <QRawFont>

using namespace nb;
using namespace nb::gui;

namespace {

/// The family that actually draws Chinese text in a font (after fallback), and whether bold is real.
QString chineseFamily(const QFont& font) {
    return QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese).familyName();
}

} // namespace

class TestUiFonts : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void previewKeepsEditorFont() {
        QVERIFY2(!QFontDatabase::hasFamily(QStringLiteral("FandolFang")),
                 "the bundled fonts must not be installed system-wide for this test");
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("first.nianbao")));
        QVERIFY(window);
        const QFont before = window->narrativeEditor(QStringLiteral("一"))->textEdit()->font();
        const QString familyBefore = chineseFamily(before);
        QFont boldBefore = before;
        boldBefore.setBold(true);
        const QString boldFamilyBefore = chineseFamily(boldBefore);
        QVERIFY(!familyBefore.isEmpty());

        // File → Print Preview (the preview dialog itself is answered "closed").
        bool previewShown = false;
        Dialogs::setNextDialogHandler([&previewShown](QDialog* dialog) {
            previewShown = dialog->inherits("QPrintPreviewDialog");
            return false;
        });
        window->findChild<QAction*>(QStringLiteral("actionPrintPreview"))->trigger();
        QVERIFY(previewShown);
        QVERIFY(!FontResolver::loadBundledFonts().isEmpty());
        QVERIFY(QFontDatabase::hasFamily(QStringLiteral("FandolFang")));
        // The cause: the same family list would now draw with the bundled FandolFang.
        QCOMPARE(chineseFamily(QFont(AppSettings::fontFamilies(FontRole::Body))),
                 QStringLiteral("FandolFang"));

        // A document opened afterwards: the same font, bold headings still bold in the same family.
        QVERIFY(window->closeDocument());
        QVERIFY(
            window->createDocument(m_dir.filePath(QStringLiteral("second.nianbao")), test::emptyReport()));
        const QFont after = window->narrativeEditor(QStringLiteral("一"))->textEdit()->font();
        QCOMPARE(chineseFamily(after), familyBefore);
        QFont boldAfter = after;
        boldAfter.setBold(true);
        QCOMPARE(chineseFamily(boldAfter), boldFamilyBefore);
        QVERIFY(!after.families().contains(QStringLiteral("FandolFang"))); // registered after the start
    }

    void chosenFontIsKept() {
        // A family chosen in Preferences stays, also when it was registered during the session.
        const QStringList list{QStringLiteral("FandolFang"), QStringLiteral("Noto Sans CJK SC")};
        QVERIFY(UiFonts::installedAtStart(list, QStringLiteral("FandolFang"))
                    .contains(QStringLiteral("FandolFang")));
        QVERIFY(!UiFonts::installedAtStart(list).contains(QStringLiteral("FandolFang")));
    }
};

QTEST_MAIN(TestUiFonts)
#include "tst_uifonts.moc"
