// File → 定稿… and 退回草稿… in the main window: the banner, read-only editors (typing into a cell of a
// final copy does nothing), return to draft with a reason, and a final copy changed outside the program.
#include "GuiTestSupport.h"

#include "FinalCopyActions.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "TableEditor.h"
#include "TableView.h"

#include "storage/FinalCopy.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kNatural = QStringLiteral("自然人");

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool rawExec(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestFinalCopyActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    FinalCopyActions* actions() const { return m_window->findChild<FinalCopyActions*>(); }
    int cell() const {
        return m_window->document()->format().cellIndex(QStringLiteral("三"), kRowNew, kNatural);
    }
    QString value() const { return m_window->document()->report().cells.value(cell()).toDisplayString(); }

    /// Shows table 三 through the navigator, selects the cell and types text + Return, as a user would.
    void typeIntoCell(const QString& text) {
        QListWidget* list = m_window->sectionList();
        const int row = int(m_window->sectionOrder().indexOf(QStringLiteral("三")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(list->item(row)).center());
        TableView* view = m_window->tableEditor(QStringLiteral("三"))->view();
        QVERIFY(view);
        view->setFocus();
        view->selectCell(cell());
        QCOMPARE(view->currentCell(), cell());
        for (const QChar ch : text)
            QTest::keyClick(QApplication::focusWidget(), char(ch.unicode()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    bool finalizeAs(const QString& name) {
        Dialogs::setNextText(name);
        actions()->finalizeAction()->trigger();
        return m_window->document()->isFinal();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        test::setUpGui(m_dir);
    }

    void init() {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("final%1.nianbao").arg(++n));
        m_window = test::windowWithNewDocument(m_path);
        QVERIFY(m_window);
        QVERIFY(actions());
    }

    void cleanup() { m_window.reset(); }

    void finalizeShowsTheBannerAndRefusesTyping() {
        typeIntoCell(QStringLiteral("5"));
        QCOMPARE(value(), QStringLiteral("5"));
        QVERIFY(actions()->finalizeAction()->isEnabled());
        QVERIFY(!actions()->draftAction()->isEnabled());
        QVERIFY(actions()->banner()->isHidden());

        QVERIFY(finalizeAs(QStringLiteral("张三")));
        const QString print = m_window->document()->finalState().fingerprint;
        QCOMPARE(print.size(), 64);
        QVERIFY(actions()->banner()->isVisible());
        const QString banner = actions()->bannerText();
        QVERIFY2(banner.contains(QStringLiteral("定稿")) && banner.contains(QStringLiteral("张三")) &&
                     banner.contains(print),
                 qPrintable(banner));
        QVERIFY(!actions()->finalizeAction()->isEnabled());
        QVERIFY(actions()->draftAction()->isEnabled());
        QCOMPARE(FinalCopyActions::printableFingerprint(m_window.get()), print);

        // Typing into a cell of the final copy does nothing: not in memory, not in the file.
        const QByteArray before = fileBytes(m_path);
        typeIntoCell(QStringLiteral("9"));
        QCOMPARE(value(), QStringLiteral("5"));
        // Nor into a narrative.
        m_window->showSection(QStringLiteral("一"));
        NarrativeEditor* narrative = m_window->narrativeEditor(QStringLiteral("一"));
        QVERIFY(narrative);
        QVERIFY(narrative->textEdit()->isReadOnly());
        narrative->textEdit()->setFocus();
        QTest::keyClicks(narrative->textEdit(), QStringLiteral("abc"));
        m_window->flushEdits();
        QVERIFY(m_window->document()->report().narratives.value(QStringLiteral("一")).isEmpty());
        QCOMPARE(fileBytes(m_path), before);
        const FinalCopyCheck check = checkFinalCopy(m_path);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Final));
        QCOMPARE(check.finalizedBy, QStringLiteral("张三"));
    }

    void bannerIsAsTallAsItsText() {
        // On a wide window the banner's text fits on one or two lines: the banner must not take more.
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(finalizeAs(QStringLiteral("张三")));
        QCoreApplication::processEvents();
        auto* label = actions()->banner()->findChild<QLabel*>(QStringLiteral("finalCopyBannerText"));
        QVERIFY(label);
        const int textHeight = label->heightForWidth(label->width());
        QVERIFY2(actions()->banner()->height() <= textHeight + 16,
                 qPrintable(QStringLiteral("banner %1 px, text %2 px")
                                .arg(actions()->banner()->height())
                                .arg(textHeight)));
    }

    void returnToDraftAsksForTheReason() {
        typeIntoCell(QStringLiteral("5"));
        QVERIFY(finalizeAs(QStringLiteral("张三")));
        // Cancelled: stays final.
        Dialogs::setNextText(QString(), false);
        QVERIFY(!actions()->returnToDraft());
        QVERIFY(m_window->document()->isFinal());
        // An empty reason is refused with a message.
        Dialogs::setNextText(QStringLiteral("   "));
        QVERIFY(!actions()->returnToDraft());
        QVERIFY(m_window->document()->isFinal());
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("原因")) ||
                     Dialogs::lastMessage().contains(QStringLiteral("reason")),
                 qPrintable(Dialogs::lastMessage()));

        Dialogs::setNextText(QStringLiteral("表三数字填错"));
        actions()->draftAction()->trigger();
        QVERIFY(!m_window->document()->isFinal());
        QVERIFY(actions()->banner()->isHidden());
        const QVector<EditLogEntry> log = m_window->document()->store()->history(1);
        QCOMPARE(log.constFirst().what, QStringLiteral("unfinalize"));
        QVERIFY(log.constFirst().newValue.contains(QStringLiteral("表三数字填错")));
        // Editable again.
        typeIntoCell(QStringLiteral("7"));
        QCOMPARE(value(), QStringLiteral("7"));
        QCOMPARE(int(checkFinalCopy(m_path).state), int(FinalCopyCheck::State::Draft));
    }

    void finalCopyOpensReadOnlyWithTheBanner() {
        typeIntoCell(QStringLiteral("5"));
        QVERIFY(finalizeAs(QStringLiteral("李四")));
        const QString print = m_window->document()->finalState().fingerprint;
        QVERIFY(m_window->closeDocument());
        QVERIFY(actions()->banner()->isHidden());
        QVERIFY(m_window->openDocument(m_path));
        QVERIFY(m_window->document()->isFinal());
        QVERIFY(m_window->document()->isReadOnly());
        QVERIFY(actions()->bannerText().contains(print));
        typeIntoCell(QStringLiteral("8"));
        QCOMPARE(value(), QStringLiteral("5"));
    }

    void alteredFinalCopySaysSo() {
        typeIntoCell(QStringLiteral("5"));
        QVERIFY(finalizeAs(QStringLiteral("张三")));
        QVERIFY(m_window->closeDocument());
        QVERIFY(rawExec(m_path, QStringLiteral("UPDATE cell SET value = 'd:6' WHERE value = 'd:5'")));
        QVERIFY(m_window->openDocument(m_path));
        QVERIFY(m_window->document()->isFinal());
        QVERIFY2(actions()->bannerText().contains(QStringLiteral("ALTERED")) ||
                     actions()->bannerText().contains(QStringLiteral("已被改动")),
                 qPrintable(actions()->bannerText()));
        QVERIFY(FinalCopyActions::printableFingerprint(m_window.get()).isEmpty());
    }
};

QTEST_MAIN(TestFinalCopyActions)
#include "tst_finalcopyactions.moc"
