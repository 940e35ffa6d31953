// After Tab the current table cell shows a visible frame (the delegate paints it while the table has the
// focus): checked on the pixels of the painted table.
#include "GuiTestSupport.h"

#include "CellDelegate.h"
#include "TableEditor.h"
#include "TableView.h"

using namespace nb;
using namespace nb::gui;

class TestCellDelegate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool framed(QTableView* view, const QModelIndex& index) {
        const QImage image = view->viewport()->grab().toImage();
        const QRect r = view->visualRect(index);
        const qreal dpr = image.devicePixelRatio();
        int hits = 0;
        for (const QPoint& p : {QPoint(r.left() + 1, r.center().y()), QPoint(r.right() - 1, r.center().y()),
                                QPoint(r.center().x(), r.top() + 1), QPoint(r.center().x(), r.bottom() - 1)})
            if (image.pixelColor(QPoint(qRound(p.x() * dpr), qRound(p.y() * dpr))) ==
                CellDelegate::focusFrameColor())
                ++hits;
        return hits == 4;
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void frameFollowsTab() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("frame.nianbao")));
        QVERIFY(window);
        window->showSection(QStringLiteral("三"));
        TableView* view = window->tableEditor(QStringLiteral("三"))->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QModelIndex before = view->currentIndex();
        QVERIFY(before.isValid());
        QTest::keyClick(view, Qt::Key_Tab);
        const QModelIndex after = view->currentIndex();
        QVERIFY(after.isValid());
        QVERIFY(after != before);
        QVERIFY(view->hasFocus());
        QVERIFY(framed(view, after));
        QVERIFY(!framed(view, before));
        // Without the keyboard focus no frame (the selection colour shows where the cell is).
        window->sectionList()->setFocus();
        QTRY_VERIFY(!view->hasFocus());
        QVERIFY(!framed(view, after));
    }
};

QTEST_MAIN(TestCellDelegate)
#include "tst_celldelegate.moc"
