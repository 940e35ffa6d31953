// The signing date's calendar opens on today's month when no date is set (not January 2000), and on the
// date's own month when one is.
#include "GuiTestSupport.h"

#include "MetadataForm.h"

#include <QCalendarWidget>
#include <QDateEdit>

using namespace nb;
using namespace nb::gui;

class TestBlankDatePicker : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void openPopup(QDateEdit* edit) {
        // A click on the drop-down arrow at the right end of the field.
        QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier,
                          QPoint(edit->width() - 6, edit->height() / 2));
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void calendarOpensOnTodaysMonth() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("date.nianbao")));
        QVERIFY(window);
        window->showSection(QString());
        auto* edit = window->metadataForm()->findChild<QDateEdit*>(QStringLiteral("signatureDateEdit"));
        QVERIFY(edit && edit->isVisible());
        QVERIFY(!window->document()->report().signatureDate.isValid());
        openPopup(edit);
        QCalendarWidget* calendar = edit->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        const QDate today = QDate::currentDate();
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QVERIFY(!window->document()->report().signatureDate.isValid()); // opening chose nothing
        QTest::keyClick(calendar, Qt::Key_Escape);
        QTRY_VERIFY(!calendar->isVisible());

        // A date that is set: its own month.
        edit->setDate(QDate(2026, 3, 15));
        QCOMPARE(window->document()->report().signatureDate, QDate(2026, 3, 15));
        openPopup(edit);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), 2026);
        QCOMPARE(calendar->monthShown(), 3);
    }
};

QTEST_MAIN(TestBlankDatePicker)
#include "tst_blankdatepicker.moc"
