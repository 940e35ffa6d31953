#include "FindBar.h"

#include "MainWindow.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCursor>
#include <QToolButton>

#include <algorithm>

namespace nb::gui {

FindBar::FindBar(MainWindow* window, QWidget* parent)
    : QWidget(parent)
    , m_window(window) {
    setObjectName(QStringLiteral("findBar"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(QStringLiteral("第 999 处，共 999 处")));
    const auto button = [this](const char* name) {
        auto* b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_previous = button("findPrevious");
    m_next = button("findNext");
    m_replaceOne = button("replaceOne");
    m_replaceAll = button("replaceAll");
    m_close = button("closeFindBar");
    auto* findLabel = new QLabel(this);
    findLabel->setObjectName(QStringLiteral("findLabel"));
    findLabel->setBuddy(m_find);
    m_replaceLabel = new QLabel(this);
    m_replaceLabel->setBuddy(m_replace);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(m_previous, 0, 2);
    layout->addWidget(m_next, 0, 3);
    layout->addWidget(m_count, 0, 4);
    layout->addWidget(m_close, 0, 5);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceOne, 1, 2);
    layout->addWidget(m_replaceAll, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_find, &QLineEdit::textEdited, this, [this] {
        search();
        m_current = -1;
        updateCount();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    retranslate();
}

void FindBar::retranslate() {
    if (auto* label = findChild<QLabel*>(QStringLiteral("findLabel")))
        label->setText(tr("Fi&nd:"));
    m_replaceLabel->setText(tr("Re&place with:"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace All"));
    m_close->setText(tr("Close"));
    m_find->setPlaceholderText(tr("Text in every section"));
    updateCount();
}

void FindBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else
                step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::dismiss() {
    // The bar lives in a tool bar of the window: hide that.
    if (parentWidget())
        parentWidget()->hide();
    else
        hide();
    m_window->focusEditor();
}

QString FindBar::fold(const QString& text) {
    QString folded = text;
    for (QChar& c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0)); // full-width ASCII forms → ASCII
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        c = c.toCaseFolded();
    }
    return folded;
}

QVector<int> FindBar::find(const QString& text, const QString& query) {
    QVector<int> positions;
    if (query.isEmpty())
        return positions;
    const QString haystack = fold(text);
    const QString needle = fold(query);
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size()))
        positions.append(int(at));
    return positions;
}

void FindBar::open(bool replace) {
    for (QWidget* w : {static_cast<QWidget*>(m_replaceLabel), static_cast<QWidget*>(m_replace),
                       static_cast<QWidget*>(m_replaceOne), static_cast<QWidget*>(m_replaceAll)})
        w->setVisible(replace);
    const bool writable = m_window->document() && !m_window->document()->isReadOnly();
    m_replaceOne->setEnabled(writable);
    m_replaceAll->setEnabled(writable);
    // The text selected in a narrative becomes the query, as in Word.
    if (auto* edit = qobject_cast<NarrativeTextEdit*>(QApplication::focusWidget())) {
        const QString selected = edit->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    if (parentWidget())
        parentWidget()->show();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    search();
    m_current = -1;
    updateCount();
}

QString FindBar::liveText(const QString& section) const {
    NarrativeEditor* editor = m_window->narrativeEditor(section);
    return editor ? editor->textEdit()->toPlainText() : QString();
}

void FindBar::search() {
    m_matches.clear();
    const QString query = m_find->text();
    if (!m_window->document() || query.isEmpty())
        return;
    for (const QString& section : m_window->sectionOrder()) {
        // Narrative sections only: the notes under a table are not searched yet (their editor is the table
        // page's).
        const SectionDef* def = m_window->document()->format().section(section);
        if (!def || def->kind != SectionKind::Narrative || !m_window->narrativeEditor(section))
            continue;
        for (int start : find(liveText(section), query))
            m_matches.append({section, start, int(query.size())});
    }
}

void FindBar::step(int direction) {
    search();
    const int n = int(m_matches.size());
    if (n == 0) {
        m_current = -1;
        updateCount();
        return;
    }
    m_current =
        m_current < 0 || m_current >= n ? (direction > 0 ? 0 : n - 1) : (m_current + direction + n) % n;
    showCurrent();
}

void FindBar::showCurrent() {
    updateCount();
    if (m_current < 0 || m_current >= m_matches.size())
        return;
    const Match m = m_matches.at(m_current);
    const bool keepFocus = m_find->hasFocus() || m_replace->hasFocus();
    QWidget* focused = QApplication::focusWidget();
    m_window->showSection(m.section);
    if (NarrativeEditor* editor = m_window->narrativeEditor(m.section)) {
        QTextCursor cursor(editor->textEdit()->document());
        cursor.setPosition(m.start);
        cursor.setPosition(m.start + m.length, QTextCursor::KeepAnchor);
        editor->textEdit()->setTextCursor(cursor);
        editor->textEdit()->ensureCursorVisible();
    }
    if (keepFocus && focused)
        focused->setFocus(Qt::OtherFocusReason);
}

void FindBar::updateCount() {
    const int n = int(m_matches.size());
    if (m_find->text().isEmpty())
        m_count->clear();
    else if (n == 0)
        m_count->setText(tr("No matches"));
    else if (m_current >= 0 && m_current < n)
        m_count->setText(tr("Match %1 of %2").arg(m_current + 1).arg(n));
    else
        m_count->setText(tr("%n match(es)", nullptr, n));
}

bool FindBar::replaceCurrent() {
    ReportDocument* document = m_window->document();
    if (!document || document->isReadOnly() || m_current < 0 || m_current >= m_matches.size()) {
        findNext();
        return false;
    }
    const Match m = m_matches.at(m_current);
    NarrativeEditor* editor = m_window->narrativeEditor(m.section);
    const QString text = liveText(m.section);
    if (!editor || fold(text.mid(m.start, m.length)) != fold(m_find->text())) {
        step(1); // the text changed since: find again
        return false;
    }
    QTextCursor cursor(editor->textEdit()->document());
    cursor.setPosition(m.start);
    cursor.setPosition(m.start + m.length, QTextCursor::KeepAnchor);
    const QString replacement = m_replace->text();
    cursor.insertText(replacement);
    editor->flush(); // one undo step for this replacement
    const QStringList order = m_window->sectionOrder();
    const int sectionRank = int(order.indexOf(m.section));
    const int after = m.start + int(replacement.size());
    search();
    m_current = -1;
    for (int i = 0; i < m_matches.size(); ++i) {
        const int rank = int(order.indexOf(m_matches.at(i).section));
        if (rank > sectionRank || (rank == sectionRank && m_matches.at(i).start >= after)) {
            m_current = i;
            break;
        }
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    showCurrent();
    return true;
}

int FindBar::replaceAll() {
    ReportDocument* document = m_window->document();
    if (!document || document->isReadOnly())
        return 0;
    m_window->flushEdits();
    search();
    QMap<QString, QString> texts;
    int replaced = 0;
    const QString replacement = m_replace->text();
    for (auto it = m_matches.crbegin(); it != m_matches.crend(); ++it) {
        if (!texts.contains(it->section))
            texts.insert(it->section, liveText(it->section));
        texts[it->section].replace(it->start, it->length, replacement);
        ++replaced;
    }
    if (replaced == 0) {
        updateCount();
        return 0;
    }
    QString error;
    if (!m_window->edits()->setNarratives(texts, tr("Replace All “%1”").arg(m_find->text()), &error)) {
        m_window->showStatusMessage(error, true);
        return 0;
    }
    m_window->showStatusMessage(tr("Replaced %n match(es).", nullptr, replaced), false);
    search();
    m_current = -1;
    updateCount();
    return replaced;
}

} // namespace nb::gui
