#pragma once

#include <QStyledItemDelegate>

namespace nb::gui {

/// Paints data cells (a corner mark on cells with findings) and edits them with a plain line edit that
/// accepts anything: the document parses the text (full-width digits included) and refuses with a reason.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    /// The colour of the frame drawn around the current cell while the table has the keyboard focus.
    static QColor focusFrameColor();

signals:
    /// Enter/Return pressed inside an editor (after the value was committed).
    void enterPressed();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    static void paintFocusFrame(QPainter* painter, const QRect& rect);
};

} // namespace nb::gui
