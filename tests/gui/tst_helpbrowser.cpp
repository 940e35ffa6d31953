// Help → User Manual (F1): every link and anchor of the manual resolves, F1 opens the page of what has the
// focus (a table: its section; a finding: its rule), back / forward / contents and find in page work.
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "HelpBrowser.h"
#include "ManualPages.h"
#include "TableEditor.h"
#include "TableView.h"

#include <QAction>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace nb;
using namespace nb::gui;

namespace {

QSet<QString> anchorsOf(const QString& html) {
    QSet<QString> out;
    static const QRegularExpression name(QStringLiteral("(?:name|id)=\"([^\"]+)\""));
    for (auto it = name.globalMatch(html); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

} // namespace

class TestHelpBrowser : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    HelpBrowser* helpOf(QWidget* window) {
        return window->findChild<HelpBrowser*>(QStringLiteral("helpBrowser"));
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void everyLinkResolves() {
        const QStringList pages = ManualPages::pageNames();
        QVERIFY(pages.contains(QStringLiteral("index.html")));
        QVERIFY(pages.size() >= 9);
        int links = 0;
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (const QString& page : pages) {
            const QString html = ManualPages::html(page);
            QVERIFY2(!html.isEmpty(), qPrintable(page));
            QVERIFY2(!html.contains(QStringLiteral("<!--generated:")), qPrintable(page));
            for (auto it = href.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(1);
                ++links;
                QVERIFY2(!target.contains(QStringLiteral("://")),
                         qPrintable(page + ": " + target)); // local only
                const QString file = target.section(QLatin1Char('#'), 0, 0);
                const QString anchor = target.section(QLatin1Char('#'), 1);
                const QString targetPage = file.isEmpty() ? page : file;
                QVERIFY2(pages.contains(targetPage), qPrintable(page + ": " + target));
                if (!anchor.isEmpty())
                    QVERIFY2(anchorsOf(ManualPages::html(targetPage)).contains(anchor),
                             qPrintable(page + ": " + target));
            }
        }
        QVERIFY(links > 30);
        // The index reaches every page.
        for (const QString& page : pages)
            if (page != QStringLiteral("index.html"))
                QVERIFY2(ManualPages::html(QStringLiteral("index.html")).contains("href=\"" + page + "\""),
                         qPrintable(page));
    }

    void everyRuleAndSectionHasItsAnchor() {
        const QSet<QString> checks = anchorsOf(ManualPages::html(QStringLiteral("checks.html")));
        const QSet<QString> sections = anchorsOf(ManualPages::html(QStringLiteral("sections.html")));
        const FormatRegistry& registry = FormatRegistry::instance();
        for (const QString& id : registry.ids()) {
            const FormatPtr format = registry.format(id);
            for (const RuleDef& rule : format->rules()) {
                QVERIFY2(checks.contains(ManualPages::ruleAnchor(rule.id)), qPrintable(rule.id));
                QCOMPARE(ManualPages::ruleTopic(rule.id).fragment(), ManualPages::ruleAnchor(rule.id));
            }
            for (const SectionDef& s : format->sections())
                QVERIFY2(sections.contains(ManualPages::sectionAnchor(*format, s.id)), qPrintable(id + s.id));
        }
        // The built-in checks of the rule engine.
        for (const char* rule :
             {"blank_cells", "negative_value", "narrative_empty", "narrative_table_mismatch",
              "agency_missing", "year_invalid", "report_date_missing", "report_date", "deadline"})
            QVERIFY2(checks.contains(ManualPages::ruleAnchor(QLatin1String(rule))), rule);
        // The rule descriptions come from the format data.
        const FormatPtr current = registry.format(FormatRegistry::defaultFormatId());
        QVERIFY(
            ManualPages::html(QStringLiteral("checks.html")).contains(current->rules().first().description));
        QVERIFY(!ManualPages::ruleTopic(QStringLiteral("no_such_rule")).hasFragment());
    }

    void f1OnTableOpensItsSection() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("f1.nianbao")));
        QVERIFY(window);
        window->showSection(QStringLiteral("三"));
        TableView* view = window->tableEditor(QStringLiteral("三"))->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F1);
        HelpBrowser* help = helpOf(window.get());
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("sections.html"));
        QCOMPARE(help->currentTopic().fragment(),
                 ManualPages::sectionAnchor(window->document()->format(), QStringLiteral("三")));
        QVERIFY(
            help->browser()->toPlainText().contains(QStringLiteral("三、收到和处理政府信息公开申请情况")));
        // The same window again, at another section.
        window->showSection(QStringLiteral("四"));
        window->tableEditor(QStringLiteral("四"))->view()->setFocus();
        QTest::keyClick(window->tableEditor(QStringLiteral("四"))->view(), Qt::Key_F1);
        QCOMPARE(helpOf(window.get()), help);
        QCOMPARE(help->currentTopic().fragment(),
                 ManualPages::sectionAnchor(window->document()->format(), QStringLiteral("四")));
    }

    void f1OnFindingOpensItsRule() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("f1-finding.nianbao")));
        QVERIFY(window);
        FindingsDock* dock = window->findingsDock();
        QTreeWidget* tree = dock->tree();
        QVERIFY(!dock->orderedFindings().isEmpty()); // an empty report has blank cells at least
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Home);
        for (int i = 0; i < 5 && dock->currentPosition() < 0; ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(dock->currentPosition() >= 0);
        const QString rule = dock->orderedFindings().at(dock->currentPosition()).rule;
        QTest::keyClick(tree, Qt::Key_F1);
        HelpBrowser* help = helpOf(window.get());
        QVERIFY(help);
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("checks.html"));
        QCOMPARE(help->currentTopic().fragment(), ManualPages::ruleAnchor(rule));
    }

    void backForwardContentsAndFind() {
        QWidget owner;
        HelpBrowser* help = HelpBrowser::showTopic(&owner, ManualPages::home());
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("index.html"));
        help->browser()->setSource(
            help->currentTopic().resolved(QUrl(QStringLiteral("keys.html")))); // a link
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("keys.html"));
        QVERIFY(help->backAction()->isEnabled());
        QTest::keyClick(help->browser(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("index.html"));
        QVERIFY(help->forwardAction()->isEnabled());
        QTest::keyClick(help->browser(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("keys.html"));
        help->homeAction()->trigger();
        QCOMPARE(ManualPages::pageOf(help->currentTopic()), QStringLiteral("index.html"));

        QTest::keyClick(help->browser(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(help->searchField()->hasFocus());
        QTest::keyClicks(help->searchField(), QStringLiteral("F1")); // the index names F1 twice
        QCOMPARE(help->browser()->textCursor().selectedText(), QStringLiteral("F1"));
        const int first = help->browser()->textCursor().position();
        QTest::keyClick(help->searchField(), Qt::Key_Return);
        QCOMPARE(help->browser()->textCursor().selectedText(), QStringLiteral("F1"));
        QVERIFY(help->browser()->textCursor().position() != first);
        help->searchField()->clear();
        QTest::keyClicks(help->searchField(), QStringLiteral("zqxj"));
        QVERIFY(!help->browser()->textCursor().hasSelection());
        QVERIFY(!help->findNext());
    }
};

QTEST_MAIN(TestHelpBrowser)
#include "tst_helpbrowser.moc"
