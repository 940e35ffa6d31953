// Screenshots of the main window in Chinese: the title page, each narrative and each table, with the
// wuhai 2021 sample. Written to <build>/screenshots/<scale>/ (copied to docs/screenshots for the README).
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "MainWindow.h"
#include "TableEditor.h"
#include "TableView.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QScreen>

using namespace nb;
using namespace nb::gui;

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void welcome();
    void eachSection();
    void withErrors();

private:
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

void TestScreenshots::shoot(MainWindow& w, const QString& name) {
    QTest::qWait(50);
    const QImage image = w.grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
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
    w.setDocument(std::make_unique<ReportDocument>(test::sampleReport()));
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
    w.setDocument(std::make_unique<ReportDocument>(report));
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
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
