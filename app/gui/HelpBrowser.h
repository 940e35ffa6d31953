#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace nb::gui {

class MainWindow;

/// Help → User Manual (F1): the manual shipped inside the program (ManualPages) in a text browser with
/// back, forward, home and search in the page. One window per main window, opened at a topic (a page and
/// an anchor); F1 in a table opens the page about that table, on a finding the page of its rule.
class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    /// The help window of parent's top-level window (created on first use), shown at topic and raised.
    static HelpBrowser* showTopic(QWidget* parent, const QUrl& topic);
    /// Adds Help → User Manual (F1) to menu; F1 opens the topic of what has the focus in window.
    static QAction* install(QMenu* menu, MainWindow* window);
    /// The topic of what has the focus in window: the rule of the current finding when the checks panel has
    /// the focus, else the section shown (its table or text), else the manual's first page.
    static QUrl contextTopic(const MainWindow* window);

    void setTopic(const QUrl& topic);
    QUrl currentTopic() const;
    QTextBrowser* browser() const { return m_browser; }
    QLineEdit* searchField() const { return m_search; }
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* homeAction() const { return m_home; }
    /// Finds the search field's text in the page, after the current match (backward: before it); false
    /// when it is not in the page (the field then says so).
    bool findNext(bool backward = false);

private:
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchStatus = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_home = nullptr;
};

} // namespace nb::gui
