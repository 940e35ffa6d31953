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
    // The newest format whose first year is not after the report year; when two formats claim the same
    // years the choice stays with the user and the hint says why.
    m_conflict.clear();
    const FormatPtr f = FormatRegistry::instance().formatForYear(year(), &m_conflict);
    const int index = f ? m_ui->formatCombo->findData(f->id) : -1;
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
    updateState();
}

void NewDocumentDialog::updateState() {
    const FormatRegistry& registry = FormatRegistry::instance();
    const FormatPtr f = registry.format(formatId());
    QStringList hint;
    if (f)
        hint << f->description;
    if (!m_conflict.isEmpty())
        hint << m_conflict;
    // Broken user format files are listed with their errors, not dropped silently.
    if (!registry.problems().isEmpty())
        hint << tr("These format files could not be loaded:") + QLatin1Char('\n') +
                    registry.problems().join(QLatin1Char('\n'));
    m_ui->formatHint->setText(hint.join(QStringLiteral("\n\n")));
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
