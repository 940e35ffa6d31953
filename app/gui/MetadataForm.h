#pragma once

#include "document/ReportDocument.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MetadataForm;
}

namespace nb {
class EditCommands;
}

namespace nb::gui {

/// 标题与落款: agency, kind, year, title (default shown as placeholder), 落款 agency and date, the format
/// (read-only), notes. Each field is committed through EditCommands when it is left.
class MetadataForm : public QWidget {
    Q_OBJECT
public:
    MetadataForm(ReportDocument* document, EditCommands* edits, QWidget* parent = nullptr);
    ~MetadataForm() override;

    void setReadOnly(bool readOnly);
    /// Focuses the widget of a metadata field by its key (agency, title, signature_date …).
    void focusField(const QString& key);
    QWidget* fieldWidget(MetaField field) const;
    /// Commits the field being typed in (before undo, switching sections, closing).
    void flush();

signals:
    void message(const QString& text, bool isError);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void loadField(MetaField field);
    void commit(MetaField field, const QVariant& value);
    void updatePlaceholders();
    void retranslate();

    std::unique_ptr<Ui::MetadataForm> m_ui;
    ReportDocument* m_document;
    EditCommands* m_edits;
    bool m_loading = false;
};

} // namespace nb::gui
