// Zoom of the editors and tables (ZoomController): Ctrl+= / Ctrl+- / Ctrl+0 and Ctrl+wheel, remembered
// for documents opened later and new windows.
#include "GuiTestSupport.h"

#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "TableEditor.h"
#include "TableView.h"
#include "WorkbenchActions.h"
#include "ZoomController.h"

#include <QWheelEvent>

using namespace nb;
using namespace nb::gui;

class TestZoomController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keysZoomAndResetTheEditors();
    void ctrlWheelZooms();
    void zoomIsRememberedForANewWindow();

private:
    double textSize(MainWindow* w) const {
        return w->narrativeEditor(QStringLiteral("一"))->textEdit()->font().pointSizeF();
    }
    double tableSize(MainWindow* w) const {
        return w->tableEditor(QStringLiteral("三"))->view()->font().pointSizeF();
    }
    std::unique_ptr<MainWindow> newWindow() {
        static int n = 0;
        return test::windowWithNewDocument(m_dir.filePath(QStringLiteral("z%1.nianbao").arg(++n)));
    }

    QTemporaryDir m_dir;
};

void TestZoomController::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
    AppSettings::setZoomPercent(100);
}

void TestZoomController::keysZoomAndResetTheEditors() {
    auto window = newWindow();
    QVERIFY(window);
    window->showSection(QStringLiteral("一"));
    window->focusEditor();
    const double text = textSize(window.get());
    const double table = tableSize(window.get());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window->workbench()->zoom()->percent(), 110);
    QVERIFY(qAbs(textSize(window.get()) - text * 1.1) < 0.01);
    QVERIFY(qAbs(tableSize(window.get()) - table * 1.1) < 0.01);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window->workbench()->zoom()->percent(), 90);
    QVERIFY(textSize(window.get()) < text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window->workbench()->zoom()->percent(), 100);
    QCOMPARE(textSize(window.get()), text);
    QCOMPARE(tableSize(window.get()), table);
}

void TestZoomController::ctrlWheelZooms() {
    auto window = newWindow();
    QVERIFY(window);
    window->showSection(QStringLiteral("三"));
    TableView* view = window->tableEditor(QStringLiteral("三"))->view();
    const double table = tableSize(window.get());
    const QPointF at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(window->workbench()->zoom()->percent(), 110);
    QVERIFY(tableSize(window.get()) > table);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window->workbench()->zoom()->percent(), 100);
}

void TestZoomController::zoomIsRememberedForANewWindow() {
    double text = 0;
    {
        auto window = newWindow();
        QVERIFY(window);
        text = textSize(window.get());
        window->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window->workbench()->zoom()->percent(), 120);
    }
    QCOMPARE(AppSettings::zoomPercent(), 120);
    auto second = newWindow();
    QVERIFY(second);
    QCOMPARE(second->workbench()->zoom()->percent(), 120);
    QVERIFY(qAbs(textSize(second.get()) - text * 1.2) < 0.01);
    QTest::keyClick(second.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(AppSettings::zoomPercent(), 100);
}

QTEST_MAIN(TestZoomController)
#include "tst_zoomcontroller.moc"
