#include "FindingsDock.h"

#include "Dialogs.h"
#include "StatusIcons.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"
#include "rules/Explanations.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeWidget>

namespace nb::gui {

namespace {
constexpr int kPositionRole = Qt::UserRole + 1;
constexpr int kExplainedRole = Qt::UserRole + 2; ///< true on an explained warning

bool sameFinding(const Finding& a, const Finding& b) {
    return a.rule == b.rule && a.section == b.section && a.row == b.row && a.column == b.column &&
           a.field == b.field;
}
} // namespace

FindingsDock::FindingsDock(QWidget* parent)
    : QDockWidget(parent) {
    setObjectName(QStringLiteral("findingsDock"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    // One line per finding; the whole message is in the tooltip and shown again when jumping to it.
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    setWidget(m_tree);
    setWindowTitle(tr("Checks"));
    toggleViewAction()->setText(tr("&Checks Panel"));
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsDock::onItemActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsDock::onItemActivated);

    // Explaining a warning: the tree's context menu, F2 and Delete while the list has the focus.
    m_explainAction = new QAction(this);
    m_explainAction->setObjectName(QStringLiteral("actionExplainFinding"));
    m_explainAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_explainAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeExplanationAction = new QAction(this);
    m_removeExplanationAction->setObjectName(QStringLiteral("actionRemoveExplanation"));
    m_removeExplanationAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_removeExplanationAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_explainAction);
    m_tree->addAction(m_removeExplanationAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_explainAction, &QAction::triggered, this, &FindingsDock::explainCurrent);
    connect(m_removeExplanationAction, &QAction::triggered, this, &FindingsDock::removeCurrentExplanation);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsDock::retranslateActions);
    retranslateActions();
}

const Finding* FindingsDock::currentExplainable() const {
    const int pos = currentPosition();
    if (!m_document || !m_edits || m_document->isReadOnly() || pos < 0 || pos >= m_ordered.size())
        return nullptr;
    const Finding& f = m_ordered.at(pos);
    return Explanations::isExplainable(f) ? &f : nullptr;
}

void FindingsDock::retranslateActions() {
    const Finding* f = currentExplainable();
    const bool explained = f && m_document->report().explanations.contains(findingKey(*f));
    m_explainAction->setText(explained ? tr("Change Explanation…") : tr("Add Explanation…"));
    m_explainAction->setEnabled(f != nullptr);
    m_removeExplanationAction->setText(tr("Remove Explanation"));
    m_removeExplanationAction->setEnabled(explained);
}

bool FindingsDock::explainCurrent() {
    const Finding* f = currentExplainable();
    if (!f)
        return false;
    const QString key = findingKey(*f);
    const QString message = f->message;
    QString text = m_document->report().explanations.value(key);
    const bool had = !text.isEmpty();
    if (!Dialogs::getMultiLineText(this, had ? tr("Change Explanation") : tr("Add Explanation"),
                                   tr("Why this warning is acceptable (stored with the report and "
                                      "shown to the office):\n%1")
                                       .arg(message),
                                   &text))
        return false;
    if (text.trimmed().isEmpty() && !had)
        return false;
    QString error;
    if (!m_edits->setExplanation(key, text, &error)) {
        Dialogs::warning(this, tr("Explanation"), error);
        return false;
    }
    return true;
}

bool FindingsDock::removeCurrentExplanation() {
    const Finding* f = currentExplainable();
    if (!f || !m_document->report().explanations.contains(findingKey(*f)))
        return false;
    QString error;
    if (!m_edits->setExplanation(findingKey(*f), QString(), &error)) {
        Dialogs::warning(this, tr("Explanation"), error);
        return false;
    }
    return true;
}

void FindingsDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Checks"));
        toggleViewAction()->setText(tr("&Checks Panel"));
        rebuild();
        retranslateActions();
    }
    QDockWidget::changeEvent(event);
}

QString FindingsDock::sectionTitle(const ReportDocument* document, const QString& sectionId) {
    if (sectionId.isEmpty())
        return tr("Title and signature");
    const SectionDef* s = document ? document->format().section(sectionId) : nullptr;
    if (!s)
        return sectionId;
    // A report before 2019 has its own headings; its text before 一、 has none.
    const QString heading = document->report().sectionHeading(*s);
    return heading.isEmpty() ? tr("Text before the first part") : heading;
}

void FindingsDock::setDocument(ReportDocument* document, EditCommands* edits) {
    if (m_document)
        disconnect(m_document.data(), nullptr, this, nullptr);
    m_document = document;
    m_edits = document ? edits : nullptr;
    if (document) {
        connect(document, &ReportDocument::findingsChanged, this, &FindingsDock::rebuild);
        connect(document, &ReportDocument::explanationsChanged, this, &FindingsDock::rebuild);
    }
    rebuild();
}

bool FindingsDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonRelease && m_rebuildPending) {
        // The click is delivered first (to the item the user saw), then the list is brought up to date.
        m_rebuildPending = false;
        QTimer::singleShot(0, this, &FindingsDock::rebuild);
    }
    return QDockWidget::eventFilter(watched, event);
}

void FindingsDock::rebuild() {
    // A click into this list commits text typed elsewhere, which changes the findings while the mouse
    // button is still down: rebuilding now would move other findings under the pointer.
    if (QApplication::focusWidget() == m_tree && QGuiApplication::mouseButtons() != Qt::NoButton) {
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;
    // Keep the current finding selected across updates.
    Finding current;
    bool hadCurrent = false;
    if (const int pos = currentPosition(); pos >= 0 && pos < m_ordered.size()) {
        current = m_ordered.at(pos);
        hadCurrent = true;
    }
    m_tree->clear();
    m_ordered.clear();
    if (!m_document)
        return;
    QStringList order{QString()};
    for (const SectionDef& s : m_document->format().sections())
        order << s.id;
    const Findings& all = m_document->findings();
    const QIcon errorIcon = StatusIcons::status(StatusIcons::Status::Errors);
    const QIcon warningIcon = StatusIcons::status(StatusIcons::Status::Warnings);
    const QIcon explainedIcon = StatusIcons::status(StatusIcons::Status::Complete);
    QTreeWidgetItem* select = nullptr;
    for (const QString& section : order) {
        QTreeWidgetItem* group = nullptr;
        int errors = 0;
        int warnings = 0;
        int explained = 0;
        for (int pass = 0; pass < 2; ++pass) { // errors first, then warnings
            for (const Finding& f : all) {
                if (f.section != section && !(section.isEmpty() && !order.contains(f.section)))
                    continue;
                const bool isError = f.severity == Severity::Error;
                if ((pass == 0) != isError)
                    continue;
                if (!group) {
                    group = new QTreeWidgetItem(m_tree);
                    group->setFirstColumnSpanned(true);
                    group->setExpanded(true);
                }
                auto* item = new QTreeWidgetItem(group);
                const QString explanation = Explanations::of(f, m_document->report());
                item->setData(0, kPositionRole, int(m_ordered.size()));
                if (explanation.isEmpty()) {
                    item->setIcon(0, isError ? errorIcon : warningIcon);
                    item->setText(0, f.message);
                    item->setToolTip(0, f.message);
                    item->setData(0, Qt::AccessibleTextRole,
                                  f.severity == Severity::Unchecked
                                      ? f.message
                                      : (isError ? tr("Error: %1") : tr("Warning: %1")).arg(f.message));
                } else { // an explained warning: a check mark, the explanation after the message
                    item->setIcon(0, explainedIcon);
                    item->setText(0, tr("%1 — Explained: %2").arg(f.message, explanation));
                    item->setToolTip(0, tr("%1\nExplanation: %2").arg(f.message, explanation));
                    item->setData(0, Qt::AccessibleTextRole,
                                  tr("Explained warning: %1. Explanation: %2").arg(f.message, explanation));
                    item->setData(0, kExplainedRole, true);
                    ++explained;
                }
                if (hadCurrent && !select && sameFinding(f, current))
                    select = item;
                m_ordered.append(f);
                (isError ? errors : warnings)++;
            }
        }
        if (group) {
            // The section's counts as the status bar gives them: explained warnings counted apart.
            const QString title = sectionTitle(m_document, section);
            const QString e = QString::number(errors);
            const QString w = QString::number(warnings);
            group->setText(0, explained > 0 ? tr("%1 — %2 error(s), %3 warning(s) (%4 explained)")
                                                  .arg(title, e, w, QString::number(explained))
                                            : tr("%1 — %2 error(s), %3 warning(s)").arg(title, e, w));
            // A section whose every warning is explained (and no error) shows the check mark.
            group->setIcon(0, errors ? errorIcon : (explained == warnings ? explainedIcon : warningIcon));
            group->setData(0, kPositionRole, -1);
        }
    }
    m_tree->expandAll();
    if (m_ordered.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tree);
        none->setText(0, tr("No problems found."));
        none->setIcon(0, StatusIcons::status(StatusIcons::Status::Complete));
        none->setData(0, kPositionRole, -1);
    }
    if (select) {
        const QSignalBlocker block(m_tree);
        m_tree->setCurrentItem(select);
    }
    retranslateActions();
}

int FindingsDock::currentPosition() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kPositionRole).toInt() : -1;
}

void FindingsDock::activateAt(int position) {
    if (position < 0 || position >= m_ordered.size())
        return;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kPositionRole).toInt() == position) {
            const QSignalBlocker block(m_tree);
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            break;
        }
    }
    const Finding finding = m_ordered.at(position); // the jump may rebuild the list
    emit findingActivated(finding);
}

void FindingsDock::onItemActivated(QTreeWidgetItem* item) {
    if (!item)
        return;
    const int position = item->data(0, kPositionRole).toInt();
    if (position < 0 || position >= m_ordered.size())
        return;
    // Jump after the click has been handled: the jump commits pending typing, which rebuilds this tree,
    // and the tree must not lose the item it is still delivering the click for.
    const Finding finding = m_ordered.at(position);
    QTimer::singleShot(0, this, [this, finding] { emit findingActivated(finding); });
}

bool FindingsDock::step(int direction) {
    const int n = int(m_ordered.size());
    if (n == 0)
        return false;
    // Errors first, then warnings (each in display order): F8 visits what blocks the report first.
    QVector<int> visit;
    for (const bool errors : {true, false})
        for (int i = 0; i < n; ++i)
            if ((m_ordered.at(i).severity == Severity::Error) == errors)
                visit.append(i);
    const int at = int(visit.indexOf(currentPosition()));
    activateAt(visit.at(at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n));
    return true;
}

Finding FindingsDock::counterpart(const Findings& findings, const Finding& finding) {
    for (const Finding& f : findings)
        if (f.rule == finding.rule && f.section == finding.section && f.row == finding.row &&
            f.column == finding.column && f.field == finding.field)
            return f;
    return finding;
}

} // namespace nb::gui
