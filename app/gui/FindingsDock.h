#pragma once

#include "rules/Finding.h"

#include <QDockWidget>
#include <QPointer>

class QTreeWidget;
class QTreeWidgetItem;

namespace nb {
class ReportDocument;
}

namespace nb::gui {

/// Every finding of the rule engine, grouped by section, updated on each edit. Clicking or pressing
/// Enter on a finding asks the window to show its cell, section or field.
class FindingsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FindingsDock(QWidget* parent = nullptr);

    void setDocument(ReportDocument* document);
    QTreeWidget* tree() const { return m_tree; }
    /// Findings in display order (as the tree shows them), for F8 / Shift+F8.
    const Findings& orderedFindings() const { return m_ordered; }
    /// Selects the finding at a position of orderedFindings() and emits activated.
    void activateAt(int position);
    int currentPosition() const;
    /// Activates the next (direction 1) or previous (-1) finding after the current one, errors before
    /// warnings, wrapping around; false when there is none (F8 / Shift+F8).
    bool step(int direction);
    /// The finding of findings with the same rule and place as finding (its message and numbers as they
    /// are now, in a report opened again); finding itself when there is none.
    static Finding counterpart(const Findings& findings, const Finding& finding);
    /// Display name of a section id ("" = 标题与落款).
    static QString sectionTitle(const ReportDocument* document, const QString& sectionId);

signals:
    void findingActivated(const nb::Finding& finding);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void onItemActivated(QTreeWidgetItem* item);

    QPointer<ReportDocument> m_document;
    QTreeWidget* m_tree = nullptr;
    Findings m_ordered;
    bool m_rebuildPending = false;
};

} // namespace nb::gui
