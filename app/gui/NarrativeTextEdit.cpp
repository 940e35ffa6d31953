#include "NarrativeTextEdit.h"

#include "model/Report.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace nb::gui {

namespace {
class LevelMargin : public QWidget {
public:
    explicit LevelMargin(NarrativeTextEdit* edit)
        : QWidget(edit)
        , m_edit(edit) {}
    QSize sizeHint() const override { return {m_edit->levelMarginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_edit->paintLevelMargin(event); }

private:
    NarrativeTextEdit* m_edit;
};
} // namespace

NarrativeTextEdit::NarrativeTextEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_margin = new LevelMargin(this);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    updateMargin();
}

QString NarrativeTextEdit::levelLabel(int level) {
    switch (level) {
    case 1:
        return tr("Level 1");
    case 2:
        return tr("Level 2");
    case 3:
        return tr("Level 3");
    case 4:
        return tr("Level 4");
    default:
        return {};
    }
}

QString NarrativeTextEdit::keptLabel() {
    return tr("Kept");
}

void NarrativeTextEdit::setKeptParagraphs(const QStringList& paragraphs) {
    QStringList kept;
    for (const QString& p : paragraphs)
        kept << p.trimmed();
    if (kept == m_kept)
        return;
    m_kept = kept;
    m_margin->update();
}

void NarrativeTextEdit::contextMenuEvent(QContextMenuEvent* event) {
    QMenu* menu = createStandardContextMenu(event->pos());
    emit contextMenuAboutToShow(menu, cursorForPosition(event->pos()).blockNumber());
    menu->exec(event->globalPos());
    delete menu;
}

int NarrativeTextEdit::levelMarginWidth() const {
    QFont f = font();
    f.setPointSizeF(qMax(7.0, f.pointSizeF() * 0.75));
    const QFontMetrics fm(f);
    int w = 0;
    for (int level = 1; level <= 4; ++level)
        w = qMax(w, fm.horizontalAdvance(levelLabel(level)));
    w = qMax(w, fm.horizontalAdvance(keptLabel()));
    return w + 12;
}

void NarrativeTextEdit::updateMargin() {
    setViewportMargins(levelMarginWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_margin->setGeometry(QRect(cr.left(), cr.top(), levelMarginWidth(), cr.height()));
}

void NarrativeTextEdit::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    updateMargin();
}

void NarrativeTextEdit::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateMargin();
}

void NarrativeTextEdit::paintLevelMargin(QPaintEvent* event) {
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QFont f = font();
    f.setPointSizeF(qMax(7.0, f.pointSizeF() * 0.75));
    painter.setFont(f);
    painter.setPen(QColor(0x2D, 0x5A, 0x8A));
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int level = int(headingLevelOf(block.text()));
            const qreal line = fontMetrics().height();
            qreal y = top;
            if (!m_kept.isEmpty() && m_kept.contains(block.text().trimmed())) {
                // Kept on purpose: a green mark on the first line (the level, if any, below it).
                painter.setPen(QColor(0x2E, 0x7D, 0x32));
                painter.drawText(QRectF(0, y, m_margin->width() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                                 keptLabel());
                painter.setPen(QColor(0x2D, 0x5A, 0x8A));
                y += line;
            }
            if (level > 0)
                painter.drawText(QRectF(0, y, m_margin->width() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                                 levelLabel(level));
        }
        top += height;
        block = block.next();
    }
}

bool NarrativeTextEdit::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlY = key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier;
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || ctrlY) {
            event->ignore(); // let the window's Undo/Redo actions have it
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NarrativeTextEdit::focusOutEvent(QFocusEvent* event) {
    QPlainTextEdit::focusOutEvent(event);
    emit focusLost();
}

} // namespace nb::gui
