#include "ConvertDialog.h"

#include "Dialogs.h"

#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb::gui {

ConvertDialog::ConvertDialog(const Report& source, QWidget* parent)
    : QDialog(parent)
    , m_source(source) {
    setWindowTitle(tr("Convert to Another Format"));
    setObjectName(QStringLiteral("ConvertDialog"));
    m_target = new QComboBox(this);
    const FormatRegistry& registry = FormatRegistry::instance();
    for (const QString& id : registry.ids()) {
        const FormatPtr f = registry.format(id);
        if (f && (!source.format || id != source.format->id))
            m_target->addItem(f->name, id);
    }
    // The default format first: converting an old report means making it a current one.
    const int current = m_target->findData(FormatRegistry::defaultFormatId());
    if (current >= 0)
        m_target->setCurrentIndex(current);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Current format:"), new QLabel(source.format ? source.format->name : QString(), this));
    form->addRow(tr("&New format:"), m_target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_convert = buttons->addButton(tr("&Convert and Save As…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_convert, &QPushButton::clicked, this, &ConvertDialog::convertAndSave);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ConvertDialog::preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("What the conversion does (also written into the new document's notes):"), this));
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    preview();
}

bool ConvertDialog::hasTargets() const {
    return m_target->count() > 0;
}

void ConvertDialog::preview() {
    const FormatPtr target = FormatRegistry::instance().format(m_target->currentData().toString());
    m_result = FormatConverter::convert(m_source, target, QDate::currentDate());
    m_summary->setPlainText(m_result.ok ? m_result.toText() : m_result.error);
    m_convert->setEnabled(m_result.ok);
}

void ConvertDialog::convertAndSave() {
    if (!m_result.ok)
        return;
    const QString suggested =
        tr("%1 (%2).nianbao").arg(m_source.effectiveTitle(), m_result.report.format->id);
    const QString path = Dialogs::getSaveFileName(this, tr("Save Converted Report"), suggested,
                                                  tr("Nianbao documents (*.nianbao)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportDocument::create(path, m_result.report, &error)) {
        Dialogs::warning(this, tr("Convert to Another Format"), error);
        return;
    }
    m_createdPath = path;
    accept();
}

} // namespace nb::gui
