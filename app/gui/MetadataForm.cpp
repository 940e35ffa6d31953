#include "MetadataForm.h"

#include "BlankDatePicker.h"

#include "ui_MetadataForm.h"

#include "document/EditCommands.h"

#include <QCalendarWidget>
#include <QEvent>

namespace nb::gui {

namespace {
const QDate kNoDate(2000, 1, 1);
}

MetadataForm::MetadataForm(ReportDocument* document, EditCommands* edits, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MetadataForm>())
    , m_document(document)
    , m_edits(edits) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("metadataForm"));
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_ui->headingLabel->setFont(headingFont);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->notesEdit->setMaximumHeight(m_ui->notesEdit->fontMetrics().lineSpacing() * 6 + 12);
    m_ui->outerLayout->addStretch(1);
    m_ui->signatureDateEdit->setMinimumDate(kNoDate);
    m_ui->signatureDateEdit->setMaximumDate(QDate(2100, 12, 31));
    BlankDatePicker::install(m_ui->signatureDateEdit, kNoDate); // the calendar opens on today's month
    m_ui->kindCombo->addItem(QString(), int(AgencyKind::Department));
    m_ui->kindCombo->addItem(QString(), int(AgencyKind::Government));
    retranslate();
    load();

    connect(m_ui->agencyEdit, &QLineEdit::editingFinished, this,
            [this] { commit(MetaField::Agency, m_ui->agencyEdit->text().trimmed()); });
    connect(m_ui->agencyEdit, &QLineEdit::textEdited, this, [this] { updatePlaceholders(); });
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::activated), this, [this](int) {
        const auto kind = AgencyKind(m_ui->kindCombo->currentData().toInt());
        commit(MetaField::AgencyKind, QVariant::fromValue(kind));
    });
    connect(m_ui->yearSpin, &QSpinBox::editingFinished, this,
            [this] { commit(MetaField::Year, m_ui->yearSpin->value()); });
    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this,
            [this] { commit(MetaField::Title, m_ui->titleEdit->text().trimmed()); });
    connect(m_ui->signatureAgencyEdit, &QLineEdit::editingFinished, this,
            [this] { commit(MetaField::SignatureAgency, m_ui->signatureAgencyEdit->text().trimmed()); });
    connect(m_ui->signatureDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        commit(MetaField::SignatureDate, date == kNoDate ? QDate() : date);
    });
    connect(m_ui->clearDateButton, &QPushButton::clicked, this, [this] {
        m_ui->signatureDateEdit->setDate(kNoDate);
        commit(MetaField::SignatureDate, QDate());
    });
    connect(m_ui->autoTotalsCheck, &QCheckBox::toggled, this,
            [this](bool on) { commit(MetaField::AutoTotals, on); });
    m_ui->notesEdit->installEventFilter(this);
    connect(document, &ReportDocument::metadataChanged, this, [this](MetaField field) {
        loadField(field);
        updatePlaceholders();
    });
}

MetadataForm::~MetadataForm() = default;

void MetadataForm::retranslate() {
    m_ui->retranslateUi(this);
    m_ui->kindCombo->setItemText(0, tr("Department (部门; publish by 31 January)"));
    m_ui->kindCombo->setItemText(1, tr("People's government (人民政府; publish by 31 March)"));
    m_ui->signatureDateEdit->setSpecialValueText(tr("not set"));
    m_ui->formatLabel->setText(m_document->format().name);
    m_ui->formatLabel->setToolTip(
        tr("The format is fixed when the report is created. To use another format, create a new report."));
    updatePlaceholders();
}

void MetadataForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QWidget::changeEvent(event);
}

bool MetadataForm::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->notesEdit && event->type() == QEvent::FocusOut)
        commit(MetaField::Notes, m_ui->notesEdit->toPlainText());
    return QWidget::eventFilter(watched, event);
}

void MetadataForm::flush() {
    if (m_ui->notesEdit->hasFocus())
        commit(MetaField::Notes, m_ui->notesEdit->toPlainText());
    QWidget* focus = focusWidget();
    if (focus == m_ui->agencyEdit)
        commit(MetaField::Agency, m_ui->agencyEdit->text().trimmed());
    else if (focus == m_ui->titleEdit)
        commit(MetaField::Title, m_ui->titleEdit->text().trimmed());
    else if (focus == m_ui->signatureAgencyEdit)
        commit(MetaField::SignatureAgency, m_ui->signatureAgencyEdit->text().trimmed());
}

void MetadataForm::load() {
    for (MetaField f :
         {MetaField::Agency, MetaField::AgencyKind, MetaField::Year, MetaField::Title,
          MetaField::SignatureAgency, MetaField::SignatureDate, MetaField::Notes, MetaField::AutoTotals})
        loadField(f);
    updatePlaceholders();
}

void MetadataForm::loadField(MetaField field) {
    m_loading = true;
    const Report& r = m_document->report();
    switch (field) {
    case MetaField::Agency:
        if (m_ui->agencyEdit->text() != r.agency)
            m_ui->agencyEdit->setText(r.agency);
        break;
    case MetaField::AgencyKind:
        m_ui->kindCombo->setCurrentIndex(r.agencyKind == AgencyKind::Government ? 1 : 0);
        break;
    case MetaField::Year:
        m_ui->yearSpin->setValue(r.year);
        break;
    case MetaField::Title:
        if (m_ui->titleEdit->text() != r.title)
            m_ui->titleEdit->setText(r.title);
        break;
    case MetaField::SignatureAgency:
        if (m_ui->signatureAgencyEdit->text() != r.signatureAgency)
            m_ui->signatureAgencyEdit->setText(r.signatureAgency);
        break;
    case MetaField::SignatureDate:
        m_ui->signatureDateEdit->setDate(r.signatureDate.isValid() ? r.signatureDate : kNoDate);
        break;
    case MetaField::Notes:
        if (m_ui->notesEdit->toPlainText() != r.notes)
            m_ui->notesEdit->setPlainText(r.notes);
        break;
    case MetaField::AutoTotals:
        m_ui->autoTotalsCheck->setChecked(r.autoTotals);
        break;
    }
    m_loading = false;
}

void MetadataForm::updatePlaceholders() {
    const Report& r = m_document->report();
    Report preview = r;
    preview.agency = m_ui->agencyEdit->text().trimmed();
    preview.title.clear();
    m_ui->titleEdit->setPlaceholderText(preview.effectiveTitle());
    m_ui->signatureAgencyEdit->setPlaceholderText(preview.agency.isEmpty() ? tr("Same as the agency")
                                                                           : preview.agency);
    const QDate deadline = r.deadline();
    m_ui->deadlineLabel->setText(deadline.isValid() ? chineseDate(deadline) : QString());
}

void MetadataForm::commit(MetaField field, const QVariant& value) {
    if (m_loading)
        return;
    if (m_document->meta(field) == value)
        return;
    QString error;
    if (!m_edits->setMeta(field, value, &error)) {
        emit message(error, true);
        loadField(field);
    }
}

void MetadataForm::setReadOnly(bool readOnly) {
    for (QWidget* w : {static_cast<QWidget*>(m_ui->agencyEdit), static_cast<QWidget*>(m_ui->titleEdit),
                       static_cast<QWidget*>(m_ui->signatureAgencyEdit)})
        static_cast<QLineEdit*>(w)->setReadOnly(readOnly);
    m_ui->notesEdit->setReadOnly(readOnly);
    m_ui->kindCombo->setEnabled(!readOnly);
    m_ui->yearSpin->setReadOnly(readOnly);
    m_ui->signatureDateEdit->setReadOnly(readOnly);
    m_ui->clearDateButton->setEnabled(!readOnly);
    m_ui->autoTotalsCheck->setEnabled(!readOnly);
}

QWidget* MetadataForm::fieldWidget(MetaField field) const {
    switch (field) {
    case MetaField::Agency:
        return m_ui->agencyEdit;
    case MetaField::AgencyKind:
        return m_ui->kindCombo;
    case MetaField::Year:
        return m_ui->yearSpin;
    case MetaField::Title:
        return m_ui->titleEdit;
    case MetaField::SignatureAgency:
        return m_ui->signatureAgencyEdit;
    case MetaField::SignatureDate:
        return m_ui->signatureDateEdit;
    case MetaField::Notes:
        return m_ui->notesEdit;
    case MetaField::AutoTotals:
        return m_ui->autoTotalsCheck;
    }
    return nullptr;
}

void MetadataForm::focusField(const QString& key) {
    for (MetaField f :
         {MetaField::Agency, MetaField::AgencyKind, MetaField::Year, MetaField::Title,
          MetaField::SignatureAgency, MetaField::SignatureDate, MetaField::Notes, MetaField::AutoTotals}) {
        if (metaFieldKey(f) == key) {
            fieldWidget(f)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->agencyEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace nb::gui
