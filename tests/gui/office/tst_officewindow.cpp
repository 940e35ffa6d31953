// The office window (收报与汇总) over a repository made in the test: receiving by drag and drop, the status
// board against a roster, filter and search by typing, the deadline countdown for a fixed day, a unit opened
// read-only by double-click, the narratives side by side.
#include "office/NarrativesSideBySide.h"
#include "office/OfficeWindow.h"
#include "office/UnitStatusFilter.h"
#include "office/UnitStatusModel.h"

#include "../GuiTestSupport.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace nb;
using namespace nb::gui;

namespace {

const QStringList kUnits = {QStringLiteral("市公安局"), QStringLiteral("市财政局"),
                            QStringLiteral("区公安分局")};
const QStringList kRoster = {QStringLiteral("市公安局"), QStringLiteral("市财政局"),
                             QStringLiteral("区公安分局"), QStringLiteral("市教育局")};

/// The first cell of table 二 that is typed in, and the first total of any table.
int firstCell(bool computed) {
    for (const CellDef& c : FormatRegistry::instance().format(QStringLiteral("gov-2021"))->cells())
        if (c.computed == computed && (computed || c.section == QStringLiteral("二")))
            return c.index;
    return -1;
}
int figureCell() {
    return firstCell(false);
}
int computedCell() {
    return firstCell(true);
}

QString overview(const QString& agency) {
    return agency + QStringLiteral("2024年认真贯彻落实《中华人民共和国政府信息公开条例》。");
}

/// Types text as a keyboard does: ASCII by key presses, Chinese as an input method commits it.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
        if (ch.unicode() < 128 && ch.isPrint()) {
            QTest::keyClick(widget, char(ch.unicode()));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QApplication::sendEvent(widget, &event);
        }
    }
}

/// Drops urls on widget as a drag from a file manager would: enter, move, drop.
bool dropOn(QWidget* widget, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    const QPoint at = widget->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

} // namespace

class TestOfficeWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_files;
    QPointer<OfficeWindow> m_window;

    int boardRow(const QString& agency) const {
        const QAbstractItemModel* m = m_window->boardView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, UnitStatusModel::UnitColumn).data().toString() == agency)
                return r;
        return -1;
    }
    QString statusOf(const QString& agency) const {
        const int r = boardRow(agency);
        return r < 0 ? QString()
                     : m_window->boardView()
                           ->model()
                           ->index(r, UnitStatusModel::StatusColumn)
                           .data()
                           .toString();
    }

private slots:
    void initTestCase() {
        test::setUpGui(m_dir);
        for (const QString& agency : kUnits) {
            Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2024,
                                      agency, AgencyKind::Department);
            r.narratives.insert(QStringLiteral("一"), overview(agency));
            r.narratives.insert(QStringLiteral("五"), agency + QStringLiteral("：问题是宣传不够。"));
            r.cells[figureCell()] = CellValue::fromUnits(m_files.size() + 1); // 1, 2, 3
            if (m_files.size() == 2) {
                // A printed total that does not add up: an error (the unit still arrives, as a draft).
                r.autoTotals = false;
                r.cells[computedCell()] = CellValue::fromUnits(999);
            }
            const QString path = m_dir.filePath(QStringLiteral("unit-%1.nianbao").arg(m_files.size() + 1));
            QString error;
            QVERIFY2(ReportDocument::create(path, r, &error), qPrintable(error));
            m_files.append(path);
        }
    }

    void init() {
        m_window = new OfficeWindow;
        m_window->setClock([] { return QDate(2025, 1, 21); });
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        const QString repository =
            m_dir.filePath(QStringLiteral("office-%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(repository);
        QVERIFY(m_window->createRepository(repository));
    }
    void cleanup() { delete m_window; }

    void dropReceivesFilesWithAResultPerFile() {
        // A foreign file among the documents: its own error, the others are received.
        const QString foreign = m_dir.filePath(QStringLiteral("notes.nianbao"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a report");
        f.close();
        QVERIFY(dropOn(m_window->boardView()->viewport(), m_files + QStringList{foreign}));
        QListWidget* results = m_window->receivedList();
        QVERIFY(results->isVisible());
        QCOMPARE(results->count(), 4);
        QCOMPARE(m_window->model()->rowCount(), 3);
        for (const QString& agency : kUnits)
            QCOMPARE(statusOf(agency), QStringLiteral("草稿"));
        bool foreignListed = false;
        for (int i = 0; i < results->count(); ++i)
            foreignListed |= results->item(i)->text().startsWith(QStringLiteral("notes.nianbao — "));
        QVERIFY(foreignListed);
        // Dropping the same files again adds nothing new to the board.
        QVERIFY(dropOn(m_window->boardView()->viewport(), m_files));
        QCOMPARE(m_window->model()->rowCount(), 3);
    }

    void openSaysWhatIsWrongWithTheAddress() {
        // A missing file and a malformed server address each get their own message; nothing is opened.
        Dialogs::clearLastMessage();
        QVERIFY(!m_window->openRepository(m_dir.filePath(QStringLiteral("nowhere.db"))));
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("不存在")),
                 qPrintable(Dialogs::lastMessage()));
        Dialogs::clearLastMessage();
        QVERIFY(!m_window->openRepository(QStringLiteral("postgresql:office")));
        const QString message = Dialogs::lastMessage();
        QVERIFY2(message.contains(QStringLiteral("服务器地址")) &&
                     !message.contains(QStringLiteral("不存在")),
                 qPrintable(message));
    }

    void dropWithoutRepositoryIsRefused() {
        OfficeWindow empty;
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(!dropOn(empty.boardView()->viewport(), m_files));
        QCOMPARE(empty.model()->rowCount(), 0);
        QVERIFY(!empty.findChild<QAction*>(QStringLiteral("actionReceive"))->isEnabled());
    }

    void dropOfAFolderReceivesItsDocuments() {
        QVERIFY(dropOn(m_window->boardView()->viewport(), {m_dir.path()}));
        QCOMPARE(m_window->model()->rowCount(), 3);
    }

    void boardAgainstRoster() {
        m_window->receive(m_files.mid(0, 2));
        m_window->setRoster(kRoster);
        QCOMPARE(m_window->model()->rowCount(), 4);
        QCOMPARE(statusOf(QStringLiteral("市教育局")), QStringLiteral("缺报"));
        QCOMPARE(statusOf(QStringLiteral("区公安分局")), QStringLiteral("缺报"));
        QCOMPARE(statusOf(QStringLiteral("市公安局")), QStringLiteral("草稿"));
        QVERIFY(m_window->summaryText().contains(QStringLiteral("缺报 2")));
        QVERIFY(m_window->summaryText().contains(QStringLiteral("草稿 2")));
    }

    void filterAndSearchByTyping() {
        m_window->receive(m_files);
        m_window->setRoster(kRoster);
        QLineEdit* search = m_window->searchEdit();
        search->setFocus();
        typeText(search, QStringLiteral("公安"));
        QCOMPARE(m_window->boardView()->model()->rowCount(), 2);
        typeText(search, QStringLiteral("分"));
        QCOMPARE(m_window->boardView()->model()->rowCount(), 1);
        QCOMPARE(m_window->boardView()->model()->index(0, 0).data().toString(), QStringLiteral("区公安分局"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(m_window->boardView()->model()->rowCount(), 4);

        // Status filter: Down on the closed combo box goes to the next status (全部 → 缺报).
        QComboBox* status = m_window->statusBox();
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), QStringLiteral("缺报"));
        QCOMPARE(m_window->boardView()->model()->rowCount(), 1);
        QCOMPARE(m_window->boardView()->model()->index(0, 0).data().toString(), QStringLiteral("市教育局"));
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), QStringLiteral("草稿"));
        QCOMPARE(m_window->boardView()->model()->rowCount(), 3);
        QTest::keyClick(status, Qt::Key_Home);
        QCOMPARE(m_window->boardView()->model()->rowCount(), 4);
    }

    void countdownForAFixedDay() {
        m_window->setYear(2024);
        // 2025-01-21: 10 days to 1月31日, 69 days to 3月31日.
        QVERIFY2(m_window->deadlineText().contains(QStringLiteral("1月31日：还有 10 天")),
                 qPrintable(m_window->deadlineText()));
        QVERIFY(m_window->deadlineText().contains(QStringLiteral("3月31日：还有 69 天")));
        m_window->setClock([] { return QDate(2025, 2, 3); });
        QVERIFY(m_window->deadlineText().contains(QStringLiteral("1月31日：已逾期 3 天")));
        QVERIFY(m_window->deadlineText().contains(QStringLiteral("还有 56 天")));
        // Another report year, another deadline.
        m_window->setYear(2025);
        QVERIFY(m_window->deadlineText().contains(QStringLiteral("还有 362 天")));
    }

    void doubleClickOpensReadOnly() {
        m_window->receive(m_files);
        QSignalSpy opened(m_window, &OfficeWindow::unitOpened);
        QTableView* view = m_window->boardView();
        const QModelIndex index = view->model()->index(boardRow(QStringLiteral("市财政局")), 0);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(opened.count(), 1);
        std::unique_ptr<MainWindow> unit(opened.first().first().value<MainWindow*>());
        QVERIFY(unit->document());
        QVERIFY(unit->document()->isReadOnly());
        QCOMPARE(unit->document()->report().agency, QStringLiteral("市财政局"));
        const QString before = unit->document()->report().narratives.value(QStringLiteral("一"));
        QCOMPARE(before, overview(QStringLiteral("市财政局")));
        // Typing changes nothing.
        unit->showSection(QStringLiteral("一"));
        NarrativeTextEdit* edit = unit->narrativeEditor(QStringLiteral("一"))->textEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("abc"));
        unit->flushEdits();
        QCOMPARE(unit->document()->report().narratives.value(QStringLiteral("一")), before);
        QCOMPARE(edit->toPlainText(), before);
        // The received copy in the repository is untouched as well: opening it again shows the same text.
        unit.reset();
        QVERIFY(m_window->openUnit(
            m_window->filter()
                ->mapToSource(view->model()->index(boardRow(QStringLiteral("市财政局")), 0))
                .row()));
        QCOMPARE(opened.count(), 2);
        std::unique_ptr<MainWindow> again(opened.last().first().value<MainWindow*>());
        QCOMPARE(again->document()->report().narratives.value(QStringLiteral("一")), before);
    }

    void missingUnitDoesNotOpen() {
        m_window->setRoster(kRoster);
        QSignalSpy opened(m_window, &OfficeWindow::unitOpened);
        QVERIFY(!m_window->openUnit(
            m_window->filter()
                ->mapToSource(m_window->boardView()->model()->index(boardRow(QStringLiteral("市教育局")), 0))
                .row()));
        QCOMPARE(opened.count(), 0);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("市教育局")));
    }

    void consolidateAsksBeforeUnitsWithErrors() {
        m_window->receive(m_files);
        QCOMPARE(m_window->boardView()
                         ->model()
                         ->index(boardRow(QStringLiteral("区公安分局")), UnitStatusModel::ErrorsColumn)
                         .data()
                         .toInt() > 0,
                 true);
        const QString total = m_dir.filePath(QStringLiteral("total.nianbao"));
        QFile::remove(total);
        // The office says no: nothing written, the message names the unit with errors.
        Dialogs::setNextFileName(total);
        Dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->consolidate());
        QVERIFY(!QFile::exists(total));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("区公安分局")));
        // Yes: the total of the three, with the cell summed.
        Dialogs::setNextFileName(total);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->consolidate());
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("区公安分局")));
        OpenInfo info;
        QString error;
        auto document = ReportDocument::open(total, &info, &error, true);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->report().cells.at(figureCell()), CellValue::fromUnits(1 + 2 + 3));
        QCOMPARE(document->report().year, 2024);
        for (const QString& agency : kUnits)
            QVERIFY(document->report().notes.contains(agency));
    }

    void consolidateWithoutErrorsAsksNothing() {
        m_window->receive(m_files.mid(0, 2));
        const QString total = m_dir.filePath(QStringLiteral("total-2.nianbao"));
        QFile::remove(total);
        Dialogs::setNextFileName(total);
        Dialogs::setNextAnswer(QMessageBox::No); // not used: no unit has errors
        QVERIFY(m_window->consolidate());
        OpenInfo info;
        QString error;
        auto document = ReportDocument::open(total, &info, &error, true);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->report().cells.at(figureCell()), CellValue::fromUnits(1 + 2));
        // Cancelled file dialog: nothing.
        Dialogs::setNextFileName(QString());
        QVERIFY(!m_window->consolidate());
    }

    void exportCsvHasARowPerUnit() {
        m_window->receive(m_files);
        m_window->setRoster(kRoster);
        const QString csv = m_dir.filePath(QStringLiteral("status.csv"));
        Dialogs::setNextFileName(csv);
        QVERIFY(m_window->exportCsv());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + kRoster.size());
        for (const QString& unit : kRoster)
            QCOMPARE(lines.filter(unit).size(), 1);
        QVERIFY(lines.filter(QStringLiteral("市教育局")).constFirst().contains(QStringLiteral("missing")));
    }

    void toolsMenuOpensTheWindow() {
        MainWindow main;
        auto* action = main.findChild<QAction*>(QStringLiteral("actionOffice"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("收报与汇总(&R)…"));
        action->trigger();
        auto* office = main.findChild<OfficeWindow*>();
        QVERIFY(office);
        QVERIFY(office->isVisible());
        QVERIFY(office->isWindow());
    }

    /// The picture in docs/office.md: <build>/screenshots/100/office-window.png (and -narratives).
    void screenshot() {
        m_window->receive(m_files);
        // 市财政局 then sends its final copy: the board shows its fingerprint (a draft has none).
        const QString finalCopy = m_dir.filePath(QStringLiteral("unit-2-final.nianbao"));
        QFile::remove(finalCopy);
        QVERIFY(QFile::copy(m_files.at(1), finalCopy));
        {
            OpenInfo info;
            QString error;
            QString fingerprint;
            auto doc = ReportDocument::open(finalCopy, &info, &error);
            QVERIFY2(doc && doc->finalize(QStringLiteral("市财政局"), &fingerprint, &error),
                     qPrintable(error));
        }
        m_window->receive({finalCopy});
        m_window->setRoster(kRoster);
        m_window->resize(1100, 560);
        m_window->boardView()->selectRow(boardRow(QStringLiteral("市财政局")));
        QApplication::processEvents();
        const QString dir = QStringLiteral(NIANBAO_BINARY_DIR "/screenshots/100");
        QVERIFY(QDir().mkpath(dir));
        const QImage board = m_window->grab().toImage();
        QVERIFY(!board.isNull());
        QVERIFY(board.save(QDir(dir).filePath(QStringLiteral("office-window.png"))));
        m_window->tabs()->setCurrentIndex(1);
        m_window->narratives()->setSection(QStringLiteral("五"));
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("office-window-narratives.png"))));
    }

    void narrativesSideBySide() {
        m_window->receive(m_files);
        m_window->setRoster(kRoster);
        QTabBar* tabs = m_window->tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(1).center());
        NarrativesSideBySide* side = m_window->narratives();
        QVERIFY(side->isVisible());
        QCOMPARE(side->unitCount(), 3); // the missing unit has no text
        QCOMPARE(side->columnCount(), 3);
        for (int c = 0; c < side->columnCount(); ++c)
            QCOMPARE(side->columnText(c), overview(side->columnTitle(c)));
        side->setSection(QStringLiteral("五"));
        for (int c = 0; c < side->columnCount(); ++c)
            QCOMPARE(side->columnText(c), side->columnTitle(c) + QStringLiteral("：问题是宣传不够。"));
        // Three columns fit the window: no horizontal scroll bar, neither the columns' area nor a column's.
        QApplication::processEvents();
        for (const QAbstractScrollArea* area : side->findChildren<QAbstractScrollArea*>()) {
            if (area->isVisible())
                QVERIFY2(!area->horizontalScrollBar()->isVisible(), area->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestOfficeWindow)
#include "tst_officewindow.moc"
