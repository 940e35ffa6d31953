#pragma once

#include "AppSettings.h"

#include <QDialog>
#include <QVector>

#include <memory>

class QFontComboBox;
class QDoubleSpinBox;
class QLabel;

namespace Ui {
class PreferencesDialog;
}

namespace nb::gui {

/// Default agency and kind, fonts per role (with the font that will really be used), interface language.
/// accept() stores everything in AppSettings; the caller applies the language.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QString language() const; ///< "", "zh_CN" or "en"
    void accept() override;
    /// The resolved family for the families of a role, e.g. "Noto Serif CJK SC" when 仿宋_GB2312 is missing.
    static QString resolvedFamily(const QStringList& families);

private:
    struct FontRow {
        FontRole role;
        QFontComboBox* family = nullptr;
        QDoubleSpinBox* size = nullptr;
        QLabel* resolved = nullptr;
        QStringList fallbacks;
    };
    void load();
    void restoreDefaults();
    void updateResolved(FontRow& row);
    QStringList familiesOf(const FontRow& row) const;

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QVector<FontRow> m_fonts;
};

} // namespace nb::gui
