#include "EditorFocus.h"

#include "EditorPages.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "SectionNavigator.h"
#include "TableEditor.h"
#include "TableView.h"

#include "document/DocumentSession.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>

namespace nb::gui {

EditorFocus::EditorFocus(DocumentSession* session, SectionNavigator* navigator, EditorPages* pages,
                         QWidget* findings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_navigator(navigator)
    , m_pages(pages)
    , m_findings(findings) {
    m_navigator->installEventFilter(this);
    // clicked comes with the mouse release, after the press made the section current.
    connect(m_navigator, &QAbstractItemView::clicked, this, [this] {
        if (hasDocument())
            m_pages->focusCurrent();
    });
}

bool EditorFocus::hasDocument() const {
    return m_session->document() != nullptr;
}

void EditorFocus::showSection(const QString& sectionId) {
    const int row = m_pages->pageOf(sectionId);
    if (row < 0)
        return;
    m_navigator->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
}

bool EditorFocus::isPrintable(const QKeyEvent* key) {
    const Qt::KeyboardModifiers typing = Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier;
    if ((key->modifiers() & ~typing) != Qt::NoModifier)
        return false; // Ctrl/Alt/Meta: a shortcut, not typing
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint();
}

bool EditorFocus::forwardKey(QKeyEvent* key) {
    QWidget* list = m_navigator;
    m_pages->focusCurrent();
    QWidget* target = QApplication::focusWidget();
    if (!target || target == list)
        return false; // no editor took the focus: the list keeps the key
    QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->nativeScanCode(), key->nativeVirtualKey(),
                   key->nativeModifiers(), key->text(), key->isAutoRepeat(), key->count());
    QApplication::sendEvent(target, &copy);
    return true;
}

bool EditorFocus::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_navigator || !hasDocument())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) ||
            key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_pages->focusCurrent();
            return true;
        }
        // Typing meant for a cell: the editor gets it (the list would jump to a section by its name).
        if (isPrintable(key) && forwardKey(key))
            return true;
    } else if (event->type() == QEvent::FocusIn &&
               static_cast<QFocusEvent*>(event)->reason() == Qt::ActiveWindowFocusReason) {
        // A dialog closed (or the window came back) with the navigator focused: back to the editor, once
        // the activation has finished handing out the focus.
        QTimer::singleShot(0, this, [this] {
            if (hasDocument() && QApplication::focusWidget() == m_navigator)
                m_pages->focusCurrent();
        });
    }
    return QObject::eventFilter(watched, event);
}

void EditorFocus::focusNextPane() {
    QWidget* editor = m_pages->currentWidget();
    QWidget* panes[] = {m_navigator, editor, m_findings};
    int current = -1;
    QWidget* focus = QApplication::focusWidget();
    for (int i = 0; i < 3; ++i)
        if (panes[i] && focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    for (int k = 1; k <= 3; ++k) {
        QWidget* w = panes[(current + k) % 3];
        if (w && w->isVisible()) {
            if (w == editor)
                m_pages->focusCurrent();
            else
                w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void EditorFocus::revealChangesOf(const std::function<void()>& step) {
    ReportDocument* doc = m_session->document();
    if (!doc) {
        step();
        return;
    }
    // The first thing the step changes is where the eye goes.
    enum class Kind { None, Cell, Narrative, Meta } kind = Kind::None;
    QString section;
    int cell = -1;
    MetaField field = MetaField::Agency;
    const QMetaObject::Connection cells =
        connect(doc, &ReportDocument::cellsChanged, this, [&](const QVector<int>& changed) {
            for (int c : changed) {
                const CellDef& def = doc->format().cells().at(c);
                if (kind == Kind::None && !def.computed) {
                    kind = Kind::Cell;
                    cell = c;
                    section = def.section;
                }
            }
        });
    const QMetaObject::Connection narratives =
        connect(doc, &ReportDocument::narrativeChanged, this, [&](const QString& changed) {
            if (kind == Kind::None) {
                kind = Kind::Narrative;
                section = changed;
            }
        });
    const QMetaObject::Connection meta =
        connect(doc, &ReportDocument::metadataChanged, this, [&](MetaField changed) {
            if (kind == Kind::None) {
                kind = Kind::Meta;
                field = changed;
            }
        });
    step();
    disconnect(cells);
    disconnect(narratives);
    disconnect(meta);
    if (kind == Kind::None || m_session->document() != doc)
        return;
    showSection(section); // "" (metadata) for Kind::Meta
    if (kind == Kind::Cell) {
        if (TableEditor* t = m_pages->tableEditor(section))
            t->view()->selectCell(cell);
    } else if (kind == Kind::Narrative) {
        if (NarrativeEditor* n = m_pages->narrativeEditor(section)) {
            if (!n->isAncestorOf(QApplication::focusWidget()))
                n->textEdit()->setFocus(Qt::OtherFocusReason);
        }
    } else if (MetadataForm* form = m_pages->metadataForm()) {
        form->focusField(metaFieldKey(field));
    }
}

} // namespace nb::gui
