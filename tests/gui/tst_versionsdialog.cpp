// File → Versions and History: the history reads as the clerk knows the report (labels, typed values,
// section names), a version is restored only after a confirmation, and two versions can be compared.
#include "GuiTestSupport.h"

#include "ComparisonView.h"
#include "VersionsDialog.h"

#include "document/EditCommands.h"
#include "document/EditLogText.h"
#include "document/MetaField.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

class TestVersionsDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReportDocument> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<EditCommands> m_edits;
    int m_cell = -1;

    QPushButton* button(QDialog* dialog, const char* name) {
        return dialog->findChild<QPushButton*>(QLatin1String(name));
    }
    void selectVersions(VersionsDialog* dialog, const QList<int>& rows) {
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("versionsTree"));
        tree->clearSelection();
        for (int row : rows) {
            const QRect r = tree->visualItemRect(tree->topLevelItem(row));
            QTest::mouseClick(tree->viewport(), Qt::LeftButton,
                              row == rows.first() ? Qt::NoModifier : Qt::ControlModifier, r.center());
        }
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void init() {
        static int n = 0;
        QString error;
        m_doc = ReportDocument::create(m_dir.filePath(QStringLiteral("v%1.nianbao").arg(++n)),
                                       test::emptyReport(), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_stack = std::make_unique<QUndoStack>();
        m_edits = std::make_unique<EditCommands>(m_doc.get(), m_stack.get());
        m_cell = m_doc->format().cellIndex(QStringLiteral("三"),
                                           QStringLiteral("二、上年结转政府信息公开申请数量"),
                                           QStringLiteral("自然人"));
        QVERIFY(m_cell >= 0);
        QVERIFY(m_edits->setCellText(m_cell, QStringLiteral("3"), &error));
        QVERIFY(m_edits->setNarrative(QStringLiteral("一"), QStringLiteral("本年度我局认真贯彻落实条例。"),
                                      &error));
        QVERIFY(m_doc->saveVersion(QStringLiteral("初稿"), &error));
        QVERIFY(m_edits->setCellText(m_cell, QStringLiteral("5"), &error));
        QVERIFY(m_edits->setMeta(MetaField::Agency, QStringLiteral("某市教育局"), &error));
        QVERIFY(m_doc->saveVersion(QStringLiteral("二稿"), &error));
        QVERIFY(m_edits->setCellText(m_cell, QStringLiteral("7"), &error));
    }
    void cleanup() {
        m_edits.reset();
        m_stack.reset();
        m_doc.reset();
    }

    void historyIsReadable() {
        VersionsDialog dialog(m_doc.get(), m_edits.get());
        const QString all = dialog.historyLines().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("表三 · 二、上年结转政府信息公开申请数量 · 自然人：（空） → 3")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("自然人：3 → 5")));
        QVERIFY(all.contains(QStringLiteral("一、总体情况")));
        QVERIFY(all.contains(QStringLiteral("本年度我局认真贯彻落实条例。")));
        QVERIFY(all.contains(QStringLiteral("某市教育局")));
        // No internal keys or stored forms.
        QVERIFY(!all.contains(QStringLiteral("cell ")));
        QVERIFY(!all.contains(QStringLiteral("|")));
        QVERIFY(!all.contains(QStringLiteral("d:")));
        QVERIFY(!all.contains(QStringLiteral("meta ")));
    }

    // An explanation and its undo read as 添加说明 / 删除说明 with the warning's title, place and text.
    void explanationsAreReadable() {
        QString error;
        const QString key = QStringLiteral("narrative_empty|五");
        QVERIFY2(m_edits->setExplanation(key, QStringLiteral("本年度无此项工作。"), &error),
                 qPrintable(error));
        m_stack->undo();
        VersionsDialog dialog(m_doc.get(), m_edits.get());
        const QStringList lines = dialog.historyLines(); // newest first
        QVERIFY(lines.size() >= 2);
        const QString name = QStringLiteral("文字部分为空 · 五、存在的主要问题及改进情况");
        QCOMPARE(lines.at(0), QStringLiteral("删除说明 · %1：本年度无此项工作。 → （无）").arg(name));
        QCOMPARE(lines.at(1), QStringLiteral("添加说明 · %1：（无） → 本年度无此项工作。").arg(name));
    }

    // Every kind of finding key is named as the clerk knows it; an entry that changes several explanations
    // at once (a restored version) says how many; stored bytes that are no JSON are not shown.
    void explanationEntriesOfEveryKind() {
        const EditLogDescriber describer(&m_doc->format());
        const auto describe = [&describer](const QString& oldValue, const QString& newValue) {
            return describer.describe(
                {1, QDateTime::currentDateTime(), QStringLiteral("meta explanations"), oldValue, newValue});
        };
        QCOMPARE(describer.findingName(QStringLiteral("narrative_copied|一||||2")),
                 QStringLiteral("内容雷同 · 一、总体情况 第 2 段"));
        QCOMPARE(describer.findingName(QStringLiteral("report_date_missing||||signature_date")),
                 QStringLiteral("未填写落款日期 · %1").arg(metaFieldLabel(MetaField::SignatureDate)));
        QCOMPARE(describer.findingName(QStringLiteral("yoy_jump|三|（七）总计|总计")),
                 QStringLiteral("与上年相比变化较大 · 表三 · （七）总计 · 总计"));
        QCOMPARE(describer.findingName(QStringLiteral("crossyear_stock|二|第十条|现行有效件数")),
                 QStringLiteral("与上年数据的勾稽关系 · 表二 · 第十条 · 现行有效件数"));
        QCOMPARE(describer.findingName(QStringLiteral("some_new_rule|三")),
                 QStringLiteral("some_new_rule · 表三"));

        EditLogText text =
            describe(QStringLiteral("{\"blank_cells|三\":\"确无数据\"}"),
                     QStringLiteral("{\"blank_cells|三\":\"确无数据\",\"deadline||||signature_date\":"
                                    "\"经批准延期\"}"));
        QCOMPARE(text.action, QStringLiteral("explanation_added"));
        QCOMPARE(text.findingKey, QStringLiteral("deadline||||signature_date"));
        QVERIFY2(text.place.startsWith(QStringLiteral("添加说明 · 发布期限 · ")), qPrintable(text.place));
        QCOMPARE(text.after, QStringLiteral("经批准延期"));
        text = describe(QString(), QStringLiteral("{\"blank_cells|三\":\"a\",\"narrative_empty|五\":\"b\"}"));
        QCOMPARE(text.line(), QStringLiteral("2 条警告的说明：0 条说明 → 2 条说明"));
        QVERIFY(text.action.isEmpty() && text.findingKey.isEmpty());
        text = describe(QString(), QStringLiteral("not json"));
        QCOMPARE(text.line(), QStringLiteral("警告的说明：（无） → （已保存）"));
    }

    void restoreAsksFirst() {
        VersionsDialog dialog(m_doc.get(), m_edits.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.versionCount(), 2);
        selectVersions(&dialog, {1}); // 初稿 (newest first)
        // "Cancel": nothing changes.
        Dialogs::clearLastMessage();
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(button(&dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("初稿")));
        QCOMPARE(m_doc->report().cells.at(m_cell).toDisplayString(), QStringLiteral("7"));
        QVERIFY(dialog.isVisible());
        // "Yes": the version comes back, as one undo step.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(&dialog, "restoreButton"), Qt::LeftButton);
        QCOMPARE(m_doc->report().cells.at(m_cell).toDisplayString(), QStringLiteral("3"));
        QCOMPARE(m_doc->report().agency, QStringLiteral("某某市某某局"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        m_stack->undo();
        QCOMPARE(m_doc->report().cells.at(m_cell).toDisplayString(), QStringLiteral("7"));
    }

    void compareTwoVersions() {
        VersionsDialog dialog(m_doc.get(), m_edits.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        selectVersions(&dialog, {0, 1});
        QString before;
        QString after;
        QString title;
        Dialogs::setNextDialogHandler([&](QDialog* shown) {
            auto* view = qobject_cast<ComparisonView*>(shown);
            if (!view || !view->hasComparison())
                return false;
            title = view->windowTitle();
            for (const auto& c : view->comparison().cells())
                if (c.section == QStringLiteral("三") && c.columnPath == QStringLiteral("自然人") &&
                    c.rowPath == QStringLiteral("二、上年结转政府信息公开申请数量")) {
                    before = c.before.toDisplayString();
                    after = c.after.toDisplayString();
                }
            return true;
        });
        QTest::mouseClick(button(&dialog, "compareButton"), Qt::LeftButton);
        QVERIFY2(title.contains(QStringLiteral("初稿")) && title.contains(QStringLiteral("二稿")),
                 qPrintable(title));
        QCOMPARE(before, QStringLiteral("3")); // the older version is "before"
        QCOMPARE(after, QStringLiteral("5"));

        // One version: compared with the report as it is now.
        selectVersions(&dialog, {0});
        Dialogs::setNextDialogHandler([&](QDialog* shown) {
            auto* view = qobject_cast<ComparisonView*>(shown);
            for (const auto& c : view->comparison().cells())
                if (c.section == QStringLiteral("三") && c.columnPath == QStringLiteral("自然人") &&
                    c.rowPath == QStringLiteral("二、上年结转政府信息公开申请数量")) {
                    before = c.before.toDisplayString();
                    after = c.after.toDisplayString();
                }
            return true;
        });
        QTest::mouseClick(button(&dialog, "compareButton"), Qt::LeftButton);
        QCOMPARE(before, QStringLiteral("5"));
        QCOMPARE(after, QStringLiteral("7"));
    }
};

QTEST_MAIN(TestVersionsDialog)
#include "tst_versionsdialog.moc"
