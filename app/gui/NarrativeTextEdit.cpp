#include "NarrativeTextEdit.h"

#include "model/Report.h"

#include <QKeyEvent>
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

int NarrativeTextEdit::levelMarginWidth() const {
    QFont f = font();
    f.setPointSizeF(qMax(7.0, f.pointSizeF() * 0.75));
    const QFontMetrics fm(f);
    int w = 0;
    for (int level = 1; level <= 4; ++level)
        w = qMax(w, fm.horizontalAdvance(levelLabel(level)));
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
            if (level > 0)
                painter.drawText(QRectF(0, top, m_margin->width() - 6, fontMetrics().height()),
                                 Qt::AlignRight | Qt::AlignVCenter, levelLabel(level));
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
