// The units' narratives side by side: one column per ticked unit with its text of the chosen section.
#include "office/NarrativesSideBySide.h"

#include "../GuiTestSupport.h"

#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

using namespace nb;
using namespace nb::gui;

namespace {

NarrativesSideBySide::Unit unit(const QString& agency) {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2024, agency,
                              AgencyKind::Department);
    r.narratives.insert(QStringLiteral("一"), agency + QStringLiteral("：总体情况的正文。"));
    r.narratives.insert(QStringLiteral("五"), agency + QStringLiteral("：存在的问题。"));
    return {agency, r};
}

} // namespace

class TestNarrativesSideBySide : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void columnsPerUnitAndSection() {
        NarrativesSideBySide view;
        view.resize(900, 500);
        view.setUnits(
            {unit(QStringLiteral("甲局")), unit(QStringLiteral("乙局")), unit(QStringLiteral("丙局"))});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The narrative sections of the format, not its tables.
        QCOMPARE(view.sectionBox()->count(), 3);
        QCOMPARE(view.sectionBox()->itemText(0), QStringLiteral("一、总体情况"));
        QCOMPARE(view.currentSection(), QStringLiteral("一"));
        QCOMPARE(view.columnCount(), 3);
        QCOMPARE(view.columnTitle(1), QStringLiteral("乙局"));
        QCOMPARE(view.columnText(1), QStringLiteral("乙局：总体情况的正文。"));

        // Choosing 五 with the keyboard shows every unit's 五.
        view.sectionBox()->setFocus();
        QTest::keyClick(view.sectionBox(), Qt::Key_Down);
        QCOMPARE(view.currentSection(), QStringLiteral("五"));
        for (int c = 0; c < view.columnCount(); ++c)
            QCOMPARE(view.columnText(c), view.columnTitle(c) + QStringLiteral("：存在的问题。"));
        // A section a unit left empty gives an empty column, not another section's text.
        QTest::keyClick(view.sectionBox(), Qt::Key_Down);
        QCOMPARE(view.currentSection(), QStringLiteral("六"));
        QCOMPARE(view.columnText(0), QString());
    }

    void untickingAUnitRemovesItsColumn() {
        NarrativesSideBySide view;
        view.resize(900, 500);
        view.setUnits({unit(QStringLiteral("甲局")), unit(QStringLiteral("乙局"))});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QListWidget* list = view.unitList();
        // Space on the current item toggles its check box.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(view.columnCount(), 1);
        QCOMPARE(view.columnTitle(0), QStringLiteral("乙局"));
        view.setSelectedUnits({QStringLiteral("甲局"), QStringLiteral("乙局")});
        QCOMPARE(view.columnCount(), 2);
        QCOMPARE(view.columnTitle(0), QStringLiteral("甲局"));
    }

    void columnsAreReadOnly() {
        NarrativesSideBySide view;
        view.setUnits({unit(QStringLiteral("甲局"))});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* edit = view.findChild<QPlainTextEdit*>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("xyz"));
        QCOMPARE(view.columnText(0), QStringLiteral("甲局：总体情况的正文。"));
    }
};

QTEST_MAIN(TestNarrativesSideBySide)
#include "tst_narrativessidebyside.moc"
