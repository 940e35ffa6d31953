#include "CellDelegate.h"

#include "TableModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPen>

namespace nb::gui {

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    Q_UNUSED(option)
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("cellEditor"));
    edit->setFrame(false);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setAccessibleName(index.data(Qt::AccessibleDescriptionRole).toString());
    return edit;
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

void CellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The model asks for bold (totals, captions) without a size: keep the view's size (zoom).
    if (option->widget && index.data(Qt::FontRole).isValid()) {
        QFont f = option->widget->font();
        f.setBold(true);
        option->font = f;
    }
}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    // Cell borders (the view's own grid shows through merged cells, so the delegate draws them).
    painter->save();
    painter->setPen(QPen(QColor(0x8A, 0x8F, 0x98), 0));
    const QRect b = option.rect;
    painter->drawLine(b.topRight(), b.bottomRight());
    painter->drawLine(b.bottomLeft(), b.bottomRight());
    if (index.row() == 0)
        painter->drawLine(b.topLeft(), b.topRight());
    if (index.column() == 0)
        painter->drawLine(b.topLeft(), b.bottomLeft());
    painter->restore();
    if (option.state & QStyle::State_HasFocus)
        paintFocusFrame(painter, option.rect);
    const int severity = index.data(TableModel::SeverityRole).toInt();
    if (index.data(TableModel::CellIndexRole).toInt() < 0 || severity < 0)
        return;
    // A small triangle in the top-right corner, like a spreadsheet's comment mark.
    const QRect r = option.rect;
    const int s = qMax(6, r.height() / 4);
    QPolygon tri;
    tri << QPoint(r.right() - s, r.top()) << QPoint(r.right(), r.top()) << QPoint(r.right(), r.top() + s);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severity == 0 ? QColor(0xC6, 0x28, 0x28) : QColor(0xE0, 0x9B, 0x00));
    painter->drawPolygon(tri);
    painter->restore();
}

QColor CellDelegate::focusFrameColor() {
    return {0x1A, 0x5F, 0xB4};
}

void CellDelegate::paintFocusFrame(QPainter* painter, const QRect& rect) {
    // The current cell after Tab or an arrow key: a clear 2-pixel frame inside the cell (the style's own
    // dotted focus rectangle is hardly visible, or not drawn at all, on a selected cell).
    painter->save();
    QPen pen(focusFrameColor(), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

bool CellDelegate::eventFilter(QObject* object, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (auto* editor = qobject_cast<QWidget*>(object)) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::NoHint);
                emit enterPressed();
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace nb::gui
