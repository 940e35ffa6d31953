// SectionNavigator on its own: one item per section, the status marks computed from the document (empty,
// errors, warnings, complete) with their tooltip and accessible text, and the mouse choosing a section.
#include "GuiTestSupport.h"

#include "SectionNavigator.h"
#include "StatusIcons.h"

#include <QSignalSpy>

using namespace nb;
using namespace nb::gui;
using namespace nb::gui::test;

namespace {
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kRowPublic = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kNatural = QStringLiteral("自然人");

StatusIcons::Status mark(const SectionNavigator& nav, const QString& section) {
    return StatusIcons::Status(nav.item(nav.rowOf(section))->data(Qt::UserRole + 1).toInt());
}
} // namespace

class TestSectionNavigator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        setUpGui(m_dir);
    }
    void itemsFollowTheFormat();
    void marksFollowTheDocument();
    void mouseChoosesSection();

private:
    QTemporaryDir m_dir;
};

void TestSectionNavigator::itemsFollowTheFormat() {
    ReportDocument doc(Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                      QStringLiteral("某某市某某局"), AgencyKind::Department));
    SectionNavigator nav;
    nav.setDocument(&doc);
    QCOMPARE(nav.count(), int(doc.format().sections().size()) + 1);
    QCOMPARE(nav.sectionAt(0), QString());
    QCOMPARE(nav.item(0)->text(), QStringLiteral("标题与落款"));
    for (int i = 0; i < doc.format().sections().size(); ++i) {
        QCOMPARE(nav.sectionAt(i + 1), doc.format().sections().at(i).id);
        QCOMPARE(nav.item(i + 1)->text(), doc.format().sections().at(i).heading);
    }
    for (int i = 0; i < nav.count(); ++i)
        QCOMPARE(nav.rowOf(nav.sectionAt(i)), i);
    QCOMPARE(nav.rowOf(QStringLiteral("no such section")), -1);
    nav.setDocument(nullptr);
    QCOMPARE(nav.count(), 0);
}

void TestSectionNavigator::marksFollowTheDocument() {
    ReportDocument doc(Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                      QStringLiteral("某某市某某局"), AgencyKind::Department));
    SectionNavigator nav;
    nav.setDocument(&doc);
    const QString table = QStringLiteral("三");
    QCOMPARE(mark(nav, table), StatusIcons::Status::Empty);
    QCOMPARE(nav.item(nav.rowOf(table))->toolTip(), QStringLiteral("未填写"));

    // Four applications without a result: an error in 三.
    QString error;
    QVERIFY(doc.setCellText(doc.format().cellIndex(table, kRowNew, kNatural), QStringLiteral("4"), &error));
    nav.updateMarks();
    QCOMPARE(mark(nav, table), StatusIcons::Status::Errors);
    const QListWidgetItem* item = nav.item(nav.rowOf(table));
    QVERIFY2(item->data(Qt::AccessibleTextRole).toString().startsWith(item->text()),
             qPrintable(item->data(Qt::AccessibleTextRole).toString()));
    QVERIFY2(item->toolTip().contains(QStringLiteral("错误")), qPrintable(item->toolTip()));

    // Every application answered: the table balances and has content.
    QVERIFY(
        doc.setCellText(doc.format().cellIndex(table, kRowPublic, kNatural), QStringLiteral("4"), &error));
    nav.updateMarks();
    QVERIFY(mark(nav, table) == StatusIcons::Status::Complete ||
            mark(nav, table) == StatusIcons::Status::Warnings);
    // 标题与落款 has an agency: not empty.
    QVERIFY(mark(nav, QString()) != StatusIcons::Status::Empty);
}

void TestSectionNavigator::mouseChoosesSection() {
    ReportDocument doc(Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                      QStringLiteral("某某市某某局"), AgencyKind::Department));
    SectionNavigator nav;
    nav.resize(300, 500);
    nav.setDocument(&doc);
    nav.show();
    QVERIFY(QTest::qWaitForWindowExposed(&nav));
    QSignalSpy rows(&nav, &QListWidget::currentRowChanged);
    const int row = nav.rowOf(QStringLiteral("三"));
    QTest::mouseClick(nav.viewport(), Qt::LeftButton, Qt::NoModifier,
                      nav.visualItemRect(nav.item(row)).center());
    QCOMPARE(nav.currentRow(), row);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(nav.sectionAt(nav.currentRow()), QStringLiteral("三"));
}

QTEST_MAIN(TestSectionNavigator)
#include "tst_sectionnavigator.moc"
