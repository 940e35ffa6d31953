// Screenshots of the main window in Chinese: the title page, each narrative and each table, with the
// wuhai 2021 sample. Written to <build>/screenshots/<scale>/ (copied to docs/screenshots for the README).
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "ManualPages.h"
#include "NewDocumentDialog.h"
#include "PreferencesDialog.h"
#include "TableEditor.h"
#include "TableView.h"
#include "VersionsDialog.h"

#include "document/EditCommands.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTextBrowser>

using namespace nb;
using namespace nb::gui;

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void checkerFindsClipping();
    void welcome();
    void eachSection();
    void withErrors();
    void dialogs();
    void format2019();
    void helpAndHistory();

private:
    static QStringList clippedTexts(QWidget* root);
    void checkNothingClipped(QWidget* root);
    QString outputDir() const;
    void shoot(MainWindow& w, const QString& name);
    QTemporaryDir m_dir;
};

void TestScreenshots::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Chinese unless NIANBAO_SCREENSHOT_LANG=en (the English run only checks for clipped text).
    const QString language = qEnvironmentVariable("NIANBAO_SCREENSHOT_LANG", QStringLiteral("zh_CN"));
    test::setUpGui(m_dir, language);
    QCOMPARE(Translations::current(), language);
}

QString TestScreenshots::outputDir() const {
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    QString dir = QStringLiteral(NIANBAO_BINARY_DIR "/screenshots/%1").arg(int(scale * 100));
    if (Translations::current() != QLatin1String("zh_CN"))
        dir += QLatin1Char('-') + Translations::current();
    QDir().mkpath(dir);
    return dir;
}

QStringList TestScreenshots::clippedTexts(QWidget* root) {
    QStringList clipped;
    // Labels and buttons get at least the room their text needs; table cells show their whole label.
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            if (label->height() < label->heightForWidth(label->width()) - 1)
                clipped << label->text();
        } else if (label->width() < label->minimumSizeHint().width() - 1) {
            clipped << label->text();
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width() - 1)
            clipped << button->text();
    }
    for (TableView* view : root->findChildren<TableView*>()) {
        if (!view->isVisibleTo(root))
            continue;
        QAbstractItemModel* model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex idx = model->index(r, c);
                const QString text = idx.data().toString();
                const QRect rect = view->visualRect(idx);
                if (text.isEmpty() || rect.isEmpty())
                    continue;
                const QFont font =
                    idx.data(Qt::FontRole).isValid() ? idx.data(Qt::FontRole).value<QFont>() : view->font();
                const QRect need =
                    QFontMetrics(font).boundingRect(rect.adjusted(4, 0, -4, 0), Qt::TextWordWrap, text);
                if (need.height() > rect.height() || need.width() > rect.width() - 6)
                    clipped << QStringLiteral("%1 (%2×%3 in %4×%5)")
                                   .arg(text)
                                   .arg(need.width())
                                   .arg(need.height())
                                   .arg(rect.width())
                                   .arg(rect.height());
            }
        }
    }
    return clipped;
}

void TestScreenshots::checkNothingClipped(QWidget* root) {
    const QStringList clipped = clippedTexts(root);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestScreenshots::shoot(MainWindow& w, const QString& name) {
    QTest::qWait(50);
    checkNothingClipped(&w);
    const QImage image = w.grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestScreenshots::checkerFindsClipping() {
    // The check used on every screenshot does see clipped text.
    QWidget box;
    auto* label = new QLabel(QStringLiteral("一段很长的说明文字，放不下"), &box);
    auto* button = new QPushButton(QStringLiteral("另存为副本…"), &box);
    label->setGeometry(0, 0, 40, 20);
    button->setGeometry(0, 30, 30, 20);
    box.resize(100, 60);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(clippedTexts(&box).size(), 2);
}

void TestScreenshots::welcome() {
    AppSettings::addRecentFile(
        QDir(m_dir.path()).filePath(QStringLiteral("乌海市公安局2021年政府信息公开工作年度报告.nianbao")));
    MainWindow w;
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    shoot(w, QStringLiteral("welcome"));
}

void TestScreenshots::eachSection() {
    MainWindow w;
    w.resize(1280, 860);
    // A document file, as a clerk has it (the status bar says every change is saved).
    QVERIFY(w.createDocument(m_dir.filePath(QStringLiteral("sections.nianbao")), test::sampleReport()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList order = w.sectionOrder();
    QCOMPARE(order.size(), 7);
    for (const QString& id : order) {
        w.showSection(id);
        if (TableEditor* t = w.tableEditor(id))
            t->view()->setFocus();
        // ASCII file names (README links): section-1 … section-6, tables marked as such.
        static const QString digits = QStringLiteral("一二三四五六");
        const int n = int(digits.indexOf(id)) + 1;
        const bool table = w.tableEditor(id) != nullptr;
        const QString name =
            id.isEmpty()
                ? QStringLiteral("section-0-title")
                : QStringLiteral("section-%1%2").arg(n).arg(table ? QStringLiteral("-table") : QString());
        shoot(w, name);
    }
}

void TestScreenshots::withErrors() {
    // Table 三 with a balance error and a typed value refused, as a clerk would see them.
    MainWindow w;
    w.resize(1280, 860);
    Report report = test::sampleReport();
    QVERIFY(w.createDocument(m_dir.filePath(QStringLiteral("errors.nianbao")), report));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(QStringLiteral("三"));
    TableEditor* t = w.tableEditor(QStringLiteral("三"));
    QVERIFY(t);
    const int cell = w.document()->format().cellIndex(
        QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("自然人"));
    QVERIFY(cell >= 0);
    t->view()->selectCell(cell);
    for (const char* text : {"12", "3", "abc"}) {
        for (const char* c = text; *c; ++c)
            QTest::keyClick(QApplication::focusWidget(), *c);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    shoot(w, QStringLiteral("section-3-table-errors"));
    // The lower part: （七）总计 and 四、结转下年度继续办理.
    t->view()->scrollToBottom();
    shoot(w, QStringLiteral("section-3-table-bottom"));
}

void TestScreenshots::dialogs() {
    NewDocumentDialog newDialog;
    newDialog.setAgency(QStringLiteral("乌海市公安局"));
    newDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&newDialog));
    checkNothingClipped(&newDialog);
    QVERIFY(newDialog.grab().save(QDir(outputDir()).filePath(QStringLiteral("dialog-new.png"))));
    PreferencesDialog preferences;
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    checkNothingClipped(&preferences);
    QVERIFY(preferences.grab().save(QDir(outputDir()).filePath(QStringLiteral("dialog-preferences.png"))));
    auto* tabs = preferences.findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTest::qWait(20);
    checkNothingClipped(&preferences);
    QVERIFY(
        preferences.grab().save(QDir(outputDir()).filePath(QStringLiteral("dialog-preferences-fonts.png"))));
}

void TestScreenshots::format2019() {
    // The older national format: its tables too are generated from the format definition.
    MainWindow w;
    w.resize(1280, 860);
    Report report = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2019")), 2020,
                                   QStringLiteral("某某县人民政府"), AgencyKind::Government);
    QVERIFY(w.createDocument(m_dir.filePath(QStringLiteral("2019.nianbao")), report));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString& id : w.document()->format().tableSectionIds()) {
        w.showSection(id);
        static const QString digits = QStringLiteral("一二三四五六");
        shoot(w, QStringLiteral("gov-2019-section-%1").arg(digits.indexOf(id) + 1));
    }
}

void TestScreenshots::helpAndHistory() {
    // The user manual at a rule (F1 on a finding) and the readable edit log of the versions dialog.
    MainWindow w;
    w.resize(1280, 860);
    QVERIFY(w.createDocument(m_dir.filePath(QStringLiteral("history.nianbao")), test::emptyReport()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    HelpBrowser* help = HelpBrowser::showTopic(&w, ManualPages::ruleTopic(QStringLiteral("table3_balance")));
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QTest::qWait(50);
    checkNothingClipped(help);
    QVERIFY(help->grab().save(QDir(outputDir()).filePath(QStringLiteral("help-manual.png"))));

    QString error;
    const FormatDefinition& f = w.document()->format();
    const int carried = f.cellIndex(QStringLiteral("三"), QStringLiteral("二、上年结转政府信息公开申请数量"),
                                    QStringLiteral("自然人"));
    QVERIFY(w.edits()->setCellText(carried, QStringLiteral("3"), &error));
    QVERIFY(w.edits()->setMeta(MetaField::Agency, QStringLiteral("乌海市公安局"), &error));
    QVERIFY(w.edits()->setNarrative(
        QStringLiteral("一"),
        QStringLiteral("2021年，乌海市公安局坚持以习近平新时代中国特色社会主义思想为指导，"
                       "认真贯彻落实《中华人民共和国政府信息公开条例》。"),
        &error));
    QVERIFY(w.document()->saveVersion(QStringLiteral("送审稿"), &error));
    QVERIFY(w.edits()->setCellText(carried, QStringLiteral("5"), &error));
    VersionsDialog versions(w.document(), w.edits(), &w);
    versions.resize(900, 480);
    versions.findChild<QTabWidget*>()->setCurrentIndex(1);
    versions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&versions));
    QTest::qWait(50);
    QVERIFY(versions.grab().save(QDir(outputDir()).filePath(QStringLiteral("dialog-history.png"))));
    help->close();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
