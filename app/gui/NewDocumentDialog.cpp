#include "NewDocumentDialog.h"

#include "ui_NewDocumentDialog.h"

#include "format/FormatRegistry.h"

#include <QDate>
#include <QPushButton>

namespace nb::gui {

NewDocumentDialog::NewDocumentDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewDocumentDialog>()) {
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Department (部门)"), int(AgencyKind::Department));
    m_ui->kindCombo->addItem(tr("People's government (人民政府)"), int(AgencyKind::Government));
    const FormatRegistry& registry = FormatRegistry::instance();
    for (const QString& id : registry.ids()) {
        const FormatPtr f = registry.format(id);
        m_ui->formatCombo->addItem(f ? f->name : id, id);
    }
    m_ui->formatHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->formatHint->setMinimumWidth(m_ui->formatHint->fontMetrics().horizontalAdvance(QChar(0x56FD)) * 26);
    m_ui->yearSpin->setValue(QDate::currentDate().year() - 1);
    pickFormatForYear();
    connect(m_ui->yearSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this] { pickFormatForYear(); });
    connect(m_ui->agencyEdit, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_ui->formatCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { updateState(); });
    updateState();
}

NewDocumentDialog::~NewDocumentDialog() = default;

void NewDocumentDialog::pickFormatForYear() {
    // The newest format whose first year is not after the report year.
    const FormatRegistry& registry = FormatRegistry::instance();
    int best = -1;
    int bestYear = -1;
    for (int i = 0; i < m_ui->formatCombo->count(); ++i) {
        const FormatPtr f = registry.format(m_ui->formatCombo->itemData(i).toString());
        if (f && f->firstYear <= year() && f->firstYear > bestYear) {
            best = i;
            bestYear = f->firstYear;
        }
    }
    if (best >= 0)
        m_ui->formatCombo->setCurrentIndex(best);
}

void NewDocumentDialog::updateState() {
    const FormatPtr f = FormatRegistry::instance().format(formatId());
    m_ui->formatHint->setText(f ? f->description : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!agency().isEmpty() && f);
}

void NewDocumentDialog::setAgency(const QString& agency) {
    m_ui->agencyEdit->setText(agency);
}
void NewDocumentDialog::setAgencyKind(AgencyKind kind) {
    m_ui->kindCombo->setCurrentIndex(kind == AgencyKind::Government ? 1 : 0);
}
void NewDocumentDialog::setYear(int year) {
    m_ui->yearSpin->setValue(year);
}
QString NewDocumentDialog::agency() const {
    return m_ui->agencyEdit->text().trimmed();
}
AgencyKind NewDocumentDialog::agencyKind() const {
    return AgencyKind(m_ui->kindCombo->currentData().toInt());
}
int NewDocumentDialog::year() const {
    return m_ui->yearSpin->value();
}
QString NewDocumentDialog::formatId() const {
    return m_ui->formatCombo->currentData().toString();
}

Report NewDocumentDialog::report() const {
    return Report::create(FormatRegistry::instance().format(formatId()), year(), agency(), agencyKind());
}

} // namespace nb::gui
