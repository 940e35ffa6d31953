#pragma once

#include "model/Report.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewDocumentDialog;
}

namespace nb::gui {

/// Asks for what a new report needs: agency, kind, year and format (the format follows the year).
class NewDocumentDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewDocumentDialog(QWidget* parent = nullptr);
    ~NewDocumentDialog() override;

    void setAgency(const QString& agency);
    void setAgencyKind(AgencyKind kind);
    void setYear(int year);
    QString agency() const;
    AgencyKind agencyKind() const;
    int year() const;
    QString formatId() const;
    /// The empty report described by the dialog.
    Report report() const;

private:
    void pickFormatForYear();
    void updateState();

    std::unique_ptr<Ui::NewDocumentDialog> m_ui;
    QString m_conflict; ///< two formats claim the chosen year (FormatRegistry::formatForYear)
};

} // namespace nb::gui
