// FormatProblemsDialog: broken user format files are listed with every error, conflicts name both files,
// and the list is not a blocker (non-modal), driven with real key and mouse events.
#include "GuiTestSupport.h"

#include "FormatProblemsDialog.h"

#include <QClipboard>
#include <QJsonArray>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace nb;
using namespace nb::gui;

namespace {

QJsonObject builtin(const QString& id) {
    QFile f(QStringLiteral(":/formats/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in format");
    return QJsonDocument::fromJson(f.readAll()).object();
}

void write(const QString& path, const QJsonObject& o) {
    QFile f(path);
    const QByteArray bytes = QJsonDocument(o).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

} // namespace

class TestFormatProblemsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::setUpGui(m_settings, QStringLiteral("en"));
        // A user folder with one broken file (two errors), a provincial variant that clashes with the
        // national format, and the two national formats.
        QJsonObject broken = builtin(QStringLiteral("gov-2021"));
        broken.insert(QStringLiteral("id"), QStringLiteral("broken"));
        broken.insert(QStringLiteral("nmae"), QStringLiteral("x"));
        QJsonArray sections = broken.value(QStringLiteral("sections")).toArray();
        QJsonObject three = sections.at(2).toObject();
        three.insert(QStringLiteral("heding"), QStringLiteral("三、"));
        sections[2] = three;
        broken.insert(QStringLiteral("sections"), sections);
        m_broken = m_formats.filePath(QStringLiteral("broken.json"));
        write(m_broken, broken);
        QJsonObject variant = builtin(QStringLiteral("gov-2021"));
        variant.insert(QStringLiteral("id"), QStringLiteral("province-2021"));
        m_variant = m_formats.filePath(QStringLiteral("province.json"));
        write(m_variant, variant);
        write(m_formats.filePath(QStringLiteral("gov-2019.json")), builtin(QStringLiteral("gov-2019")));
        m_national = m_formats.filePath(QStringLiteral("gov-2021.json"));
        write(m_national, builtin(QStringLiteral("gov-2021")));
        m_registry.loadDirectory(m_formats.path());
        QCOMPARE(m_registry.brokenFiles().size(), qsizetype(1));
    }

    void listsBrokenFilesWithEveryErrorAndTheConflict() {
        QWidget window;
        window.show();
        FormatProblemsDialog* dialog = FormatProblemsDialog::showIfProblems(&window, m_registry);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->isModal()); // a notice beside the window, not a blocker
        QTreeWidget* tree = dialog->tree();
        const QTreeWidgetItem* file = tree->topLevelItem(0);
        QVERIFY2(file->text(0).contains(QDir::toNativeSeparators(m_broken)), qPrintable(file->text(0)));
        QCOMPARE(file->childCount(), 2);
        QCOMPARE(file->child(0)->text(0), QStringLiteral("unknown key “nmae” (did you mean “name”?)"));
        QCOMPARE(file->child(1)->text(0),
                 QStringLiteral("sections[2]: unknown key “heding” (did you mean “heading”?)"));
        const QString conflict = tree->topLevelItem(1)->text(0);
        QVERIFY2(conflict.contains(QDir::toNativeSeparators(m_variant)) &&
                     conflict.contains(QDir::toNativeSeparators(m_national)),
                 qPrintable(conflict));

        // The keyboard walks the list: first the file, then its first error.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem()->text(0), file->child(0)->text(0));

        // Copy puts everything on the clipboard (to send to whoever maintains the format file).
        QApplication::clipboard()->clear();
        auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyButton"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("unknown key “heding”")) &&
                     copied.contains(QDir::toNativeSeparators(m_variant)),
                 qPrintable(copied));

        // Showing it again raises the same dialog; Escape closes it.
        QCOMPARE(FormatProblemsDialog::showFor(&window, m_registry), dialog);
        QPointer<FormatProblemsDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!guard); // deleted on close
    }

    void nothingAtStartWhenEveryFormatLoads() {
        FormatRegistry clean;
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.json")), builtin(QStringLiteral("gov-2019")));
        write(dir.filePath(QStringLiteral("b.json")), builtin(QStringLiteral("gov-2021")));
        QCOMPARE(clean.loadDirectory(dir.path()), QStringList());
        QWidget window;
        QVERIFY(!FormatProblemsDialog::hasProblems(clean));
        QVERIFY(!FormatProblemsDialog::showIfProblems(&window, clean));
        // From the menu it still shows the installed formats and their files.
        FormatProblemsDialog dialog(clean, &window);
        QVERIFY(dialog.problemText().contains(QStringLiteral("Every format file loads")));
        QVERIFY(dialog.problemText().contains(QStringLiteral("gov-2019")));
    }

    void menuEntryOpensTheList() {
        QMainWindow window;
        QMenu* tools = window.menuBar()->addMenu(QStringLiteral("&Tools"));
        QAction* action = FormatProblemsDialog::addMenuAction(tools, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Alt+T opens the menu, then the action's accelerator F picks the entry.
        QTest::keyClick(&window, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(tools->isVisible());
        QVERIFY(action->text().contains(QStringLiteral("&F")));
        QTest::keyClick(tools, Qt::Key_F);
        FormatProblemsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<FormatProblemsDialog*>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemText().contains(QStringLiteral("gov-2021")));
        dialog->close();
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_formats;
    QString m_broken;
    QString m_variant;
    QString m_national;
    FormatRegistry m_registry;
};

QTEST_MAIN(TestFormatProblemsDialog)
#include "tst_formatproblemsdialog.moc"
