#pragma once

#include "AppSettings.h"

#include <QDialog>
#include <QVector>

#include <memory>

class QCheckBox;
class QComboBox;
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
    /// The family that will really be used for a role with an override ("" = standard), e.g.
    /// "Noto Serif CJK SC" when 仿宋_GB2312 is not installed.
    static QString resolvedFamily(FontRole role, const QString& override);

private:
    struct FontRow {
        FontRole role;
        QComboBox* family = nullptr;
        QLabel* resolved = nullptr;
    };
    void load();
    void restoreDefaults();
    void updateResolved(FontRow& row);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QVector<FontRow> m_fonts;
    QCheckBox* m_draftWhenErrors = nullptr; ///< AppSettings::draftWhenErrors
};

} // namespace nb::gui
