#pragma once

#include "rules/Finding.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace nb {
class EditCommands;
class ReportDocument;
} // namespace nb

namespace nb::gui {

/// Every finding of the rule engine, grouped by section, updated on each edit. Clicking or pressing
/// Enter on a finding asks the window to show its cell, section or field. A warning can be explained
/// (说明, rules/Explanations.h): context menu or F2 添加说明… / 修改说明…, Delete 删除说明, each one undo
/// step through EditCommands; an explained warning shows a check mark and its explanation.
class FindingsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FindingsDock(QWidget* parent = nullptr);

    /// edits: where explanations are changed (null: the panel only shows them).
    void setDocument(ReportDocument* document, EditCommands* edits = nullptr);
    QAction* explainAction() const { return m_explainAction; }
    QAction* removeExplanationAction() const { return m_removeExplanationAction; }
    /// Asks for the explanation of the current warning (添加说明… / 修改说明…); false when not done.
    bool explainCurrent();
    /// Removes the explanation of the current warning (删除说明).
    bool removeCurrentExplanation();
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
    void retranslateActions();
    /// The current finding when it is a warning that may be explained here, else null.
    const Finding* currentExplainable() const;

    QPointer<ReportDocument> m_document;
    EditCommands* m_edits = nullptr;
    QAction* m_explainAction = nullptr;
    QAction* m_removeExplanationAction = nullptr;
    QTreeWidget* m_tree = nullptr;
    Findings m_ordered;
    bool m_rebuildPending = false;
};

} // namespace nb::gui
