#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace nb {
class FormatRegistry;
}

namespace nb::gui {

/// Tools → Format Files: every installed report format with the file it came from, every format file that
/// could not be loaded with all of its errors (JSON location and problem), and every conflict of two
/// formats claiming the same years. Non-modal: it also opens by itself at start when a user format is
/// broken or in conflict, and the program goes on working without the broken file.
class FormatProblemsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormatProblemsDialog(const FormatRegistry& registry, QWidget* parent = nullptr);

    /// True when a format file is broken or two formats claim the same years.
    static bool hasProblems(const FormatRegistry& registry);
    /// Adds "Format Files…" to menu; it shows (or raises) the dialog for the process-wide registry.
    static QAction* addMenuAction(QMenu* menu, QWidget* window);
    /// Shows the dialog non-modally as a child of window (one at a time: an open one is raised).
    static FormatProblemsDialog* showFor(QWidget* window, const FormatRegistry& registry);
    /// At start: shows the dialog when hasProblems(registry); returns it, or nullptr when all is well.
    static FormatProblemsDialog* showIfProblems(QWidget* window, const FormatRegistry& registry);

    /// Everything listed, as plain text (what Copy puts on the clipboard).
    QString problemText() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace nb::gui
