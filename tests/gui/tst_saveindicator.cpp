// SaveIndicator and the narrative commit: the status bar says 正在保存… while typed text is not in the file
// and 所有修改均已保存 only after the commit; a failed commit shows an error; a GUI process killed right
// after typing either has the text in its file or had said 正在保存… when it died.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "SaveIndicator.h"

#include "storage/DocumentStore.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QStatusBar>
#include <QUndoStack>

#include <memory>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kSaving = QStringLiteral("正在保存…");
const QString kSaved = QStringLiteral("所有修改均已保存");
const QString kParagraph = QStringLiteral("本机关认真贯彻落实《条例》，Open 2025.");

void clickSection(MainWindow* window, const QString& section) {
    QListWidget* list = window->sectionList();
    const int row = int(window->sectionOrder().indexOf(section));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
}

/// Types at the keyboard focus: ASCII as key presses, hanzi as an input method commits them.
void typeAtFocus(const QString& text) {
    for (const QChar ch : text) {
        QWidget* target = QApplication::focusWidget();
        if (!target)
            return;
        if (ch.unicode() < 128 && ch.isPrint()) {
            QTest::keyClick(target, char(ch.unicode()));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QApplication::sendEvent(target, &event);
        }
    }
}

QLabel* savedLabel(MainWindow* window) {
    return window->findChild<QLabel*>(QStringLiteral("savedLabel"));
}
} // namespace

class TestSaveIndicator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savingUntilCommitted();
    void commitOnSectionSwitchAndFocusOut();
    void failedCommitShowsError();
    void killedWhileTyping();

private:
    QString narrative(const QString& section) const {
        return m_window->document()->report().narratives.value(section);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestSaveIndicator::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestSaveIndicator::init() {
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("save%1.nianbao").arg(++n));
    m_window = test::windowWithNewDocument(m_path);
    QVERIFY(m_window);
    QCOMPARE(savedLabel(m_window.get())->text(), kSaved);
}

void TestSaveIndicator::cleanup() {
    m_window.reset();
}

void TestSaveIndicator::savingUntilCommitted() {
    // Every text the label shows, with what the document held at that moment.
    QVector<QPair<QString, QString>> shown;
    connect(m_window->saveIndicator(), &SaveIndicator::textChanged, this, [&](const QString& text) {
        shown.append({text, narrative(QStringLiteral("一"))});
    });
    const int steps = m_window->undoStack()->count();
    clickSection(m_window.get(), QStringLiteral("一"));
    NarrativeTextEdit* edit = m_window->narrativeEditor(QStringLiteral("一"))->textEdit();
    QCOMPARE(QApplication::focusWidget(), edit);
    typeAtFocus(kParagraph);
    QCOMPARE(savedLabel(m_window.get())->text(), kSaving);
    QCOMPARE(narrative(QStringLiteral("一")), QString());
    // Committed after a short idle time, without leaving the text.
    QTRY_COMPARE_WITH_TIMEOUT(savedLabel(m_window.get())->text(), kSaved, 3000);
    QCOMPARE(narrative(QStringLiteral("一")), kParagraph);
    QCOMPARE(QApplication::focusWidget(), edit);
    QCOMPARE(m_window->undoStack()->count(), steps + 1); // one burst of typing, one undo step
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0), qMakePair(kSaving, QString()));
    QCOMPARE(shown.at(1), qMakePair(kSaved, kParagraph)); // "saved" only once the text is stored
    // The file has it too.
    OpenInfo info;
    QString error;
    auto reopened = ReportDocument::open(m_path, &info, &error, true);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->report().narratives.value(QStringLiteral("一")), kParagraph);
}

void TestSaveIndicator::commitOnSectionSwitchAndFocusOut() {
    clickSection(m_window.get(), QStringLiteral("五"));
    typeAtFocus(QStringLiteral("Problems."));
    QCOMPARE(savedLabel(m_window.get())->text(), kSaving);
    clickSection(m_window.get(), QStringLiteral("六")); // switching sections commits at once
    QCOMPARE(narrative(QStringLiteral("五")), QStringLiteral("Problems."));
    QCOMPARE(savedLabel(m_window.get())->text(), kSaved);
    typeAtFocus(QStringLiteral("None."));
    QCOMPARE(savedLabel(m_window.get())->text(), kSaving);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier); // focus out to the navigator
    QCOMPARE(narrative(QStringLiteral("六")), QStringLiteral("None."));
    QCOMPARE(savedLabel(m_window.get())->text(), kSaved);
}

void TestSaveIndicator::failedCommitShowsError() {
    QString error;
    QVERIFY2(m_window->document()->store()->limitGrowthForTesting(true, &error), qPrintable(error));
    QStringList shown;
    connect(m_window->saveIndicator(), &SaveIndicator::textChanged, this,
            [&](const QString& text) { shown << text; });
    clickSection(m_window.get(), QStringLiteral("五"));
    typeAtFocus(QStringLiteral("Long text"));
    // A long paragraph (as an input method commits it) needs room the full disk does not have.
    QInputMethodEvent event;
    event.setCommitString(QString(20000, QChar(0x6587)));
    QApplication::sendEvent(QApplication::focusWidget(), &event);
    clickSection(m_window.get(), QStringLiteral("六"));
    QVERIFY(!shown.contains(kSaved));
    QVERIFY2(savedLabel(m_window.get())->text().startsWith(QStringLiteral("未保存")),
             qPrintable(savedLabel(m_window.get())->text()));
    QVERIFY(m_window->saveIndicator()->hasUnsavedText());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("未能保存")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(narrative(QStringLiteral("五")), QString());
    // The text is still on screen, and closing asks before losing it (the test answers Cancel).
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("五"))->textEdit()->toPlainText().size(), 20009);
    QVERIFY(!m_window->closeDocument());
    QVERIFY(!shown.contains(kSaved));
    // Room again: the next try stores it and only then says saved.
    QVERIFY(m_window->document()->store()->limitGrowthForTesting(false, &error));
    QTRY_COMPARE_WITH_TIMEOUT(savedLabel(m_window.get())->text(), kSaved,
                              NarrativeEditor::kRetryDelayMs + 3000);
    QCOMPARE(narrative(QStringLiteral("五")).size(), 20009);
    QVERIFY(!m_window->saveIndicator()->hasUnsavedText());
}

void TestSaveIndicator::killedWhileTyping() {
    m_window.reset();
    // Kill 100 ms after the last key (several times), and once after the idle commit had time to run.
    const QVector<int> delays = {100, 100, 100, 100, 1500};
    for (int i = 0; i < delays.size(); ++i) {
        const QString path = m_dir.filePath(QStringLiteral("killed%1.nianbao").arg(i));
        const QString log = m_dir.filePath(QStringLiteral("status%1.log").arg(i));
        {
            QString error;
            QVERIFY2(ReportDocument::create(path, test::emptyReport(), &error), qPrintable(error));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NB_SAVE_CHILD_FILE"), path);
        env.insert(QStringLiteral("NB_SAVE_CHILD_STATUS_LOG"), log);
        env.insert(QStringLiteral("NB_SAVE_CHILD_SETTINGS"), m_dir.filePath(QStringLiteral("child.ini")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        for (int t = 0; t < 300 && !out.contains("TYPED"); ++t) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("TYPED"), out.constData());
        QTest::qWait(delays.at(i));
        child.kill(); // SIGKILL: no flush, no close
        QVERIFY(child.waitForFinished(10000));

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString lastLabel;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines)
            if (line.startsWith(QLatin1String("label\t")))
                lastLabel = line.mid(6);
        QVERIFY2(lines.contains(QStringLiteral("label\t") + kSaving), qPrintable(lines.join(u'|')));
        OpenInfo info;
        QString error;
        auto doc = ReportDocument::open(path, &info, &error, true);
        QVERIFY2(doc, qPrintable(error));
        const bool stored = doc->report().narratives.value(QStringLiteral("一")) == kParagraph;
        QVERIFY2(
            stored || lastLabel == kSaving,
            qPrintable(QStringLiteral("run %1: text lost while the status said “%2”").arg(i).arg(lastLabel)));
        if (lastLabel == kSaved)
            QVERIFY(stored);
        if (delays.at(i) >= 1000)
            QVERIFY2(stored && lastLabel == kSaved, qPrintable(lastLabel)); // the idle commit ran
    }
}

// ---------------------------------------------------------------------------------------------------------
// Child process: opens the document, types a paragraph into 一 with real events, logs every status bar
// change to NB_SAVE_CHILD_STATUS_LOG (flushed at once), says TYPED and waits to be killed.

static int runChild() {
    AppSettings::useFile(qEnvironmentVariable("NB_SAVE_CHILD_SETTINGS"));
    Dialogs::setNonInteractive(true);
    Translations::install(QStringLiteral("zh_CN"));
    QFile log(qEnvironmentVariable("NB_SAVE_CHILD_STATUS_LOG"));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 5;
    auto write = [&log](const char* kind, const QString& text) {
        log.write(QByteArray(kind) + '\t' + text.toUtf8() + '\n');
        log.flush();
    };
    MainWindow w;
    QObject::connect(w.saveIndicator(), &SaveIndicator::textChanged,
                     [&](const QString& text) { write("label", text); });
    QObject::connect(w.statusBar(), &QStatusBar::messageChanged,
                     [&](const QString& text) { write("message", text); });
    w.resize(1280, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 4;
    if (!w.openDocument(qEnvironmentVariable("NB_SAVE_CHILD_FILE")))
        return 3;
    clickSection(&w, QStringLiteral("一"));
    typeAtFocus(kParagraph);
    fputs("TYPED\n", stdout);
    fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("NB_SAVE_CHILD_FILE"))
        return runChild();
    TestSaveIndicator test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_saveindicator.moc"
