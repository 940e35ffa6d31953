#include "importing/ImportPreviewDialog.h"

#include "importing/ImportTableGrid.h"

#include "format/FormatRegistry.h"
#include "import/ReportImporter.h"
#include "rules/RuleEngine.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nb::gui {

namespace {
QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString& filePath, QWidget* parent)
    : QDialog(parent)
    , m_path(filePath) {
    setObjectName(QStringLiteral("ImportPreviewDialog"));
    setWindowTitle(tr("Import Published Report — %1").arg(QFileInfo(filePath).fileName()));
    m_result = ReportImporter::importFile(filePath, FormatRegistry::instance());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSummary());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(buildProblems(), tr("Problems (%1)").arg(m_result.problems.size()));
    if (m_result.ok) {
        // The rules of the format, as the document will show them once created (table errors and the
        // narrative figures that differ from the tables included).
        const Findings rules = RuleEngine::validate(m_result.report);
        m_tabs->addTab(buildFindings(rules), tr("Check (%1 errors)").arg(RuleEngine::errorCount(rules)));
        m_tabs->addTab(ImportTableGrid::buildAll(m_result.report, this), tr("Tables"));
        m_tabs->addTab(buildNarratives(), tr("Text"));
    }
    if (m_result.problems.isEmpty() && m_result.ok)
        m_tabs->setCurrentIndex(2);
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* create = m_buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create Document"));
    create->setObjectName(QStringLiteral("createButton"));
    create->setEnabled(m_result.ok);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(900, 640);
}

bool ImportPreviewDialog::hasReport() const {
    return m_result.ok;
}

nb::Report ImportPreviewDialog::report() const {
    return m_result.report;
}

QWidget* ImportPreviewDialog::buildSummary() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto value = [box](const QString& text, const char* name) {
        auto* label = new QLabel(text, box);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    form->addRow(tr("File:"), value(QDir::toNativeSeparators(m_path), "fileLabel"));
    if (!m_result.ok) {
        form->addRow(tr("Cannot import:"), value(m_result.error, "errorLabel"));
        return box;
    }
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("text"), QT_TR_NOOP("text copied from a web page")},
        {QStringLiteral("html"), QT_TR_NOOP("saved web page (HTML)")},
        {QStringLiteral("pdf-text"), QT_TR_NOOP("text of a PDF (pdftotext -layout)")},
        {QStringLiteral("json"), QT_TR_NOOP("Nianbao JSON")},
    };
    const char* kind = kinds.value(m_result.kind, nullptr);
    form->addRow(tr("Read as:"), value(kind ? tr(kind) : m_result.kind, "kindLabel"));
    const Report& r = m_result.report;
    QString format = r.format ? r.format->name : QString();
    if (!m_result.formatEvidence.isEmpty())
        format += QStringLiteral(" (%1)").arg(m_result.formatEvidence);
    form->addRow(tr("Format:"), value(format, "formatLabel"));
    form->addRow(tr("Agency:"), value(r.agency, "agencyLabel"));
    form->addRow(tr("Year:"), value(r.year > 0 ? QString::number(r.year) : tr("not found"), "yearLabel"));
    form->addRow(tr("Title:"), value(r.effectiveTitle(), "titleLabel"));
    const QString signature =
        r.signatureDate.isValid()
            ? QStringLiteral("%1  %2").arg(r.effectiveSignatureAgency(), chineseDate(r.signatureDate))
            : tr("not found");
    form->addRow(tr("Signature:"), value(signature, "signatureLabel"));
    return box;
}

QWidget* ImportPreviewDialog::buildProblems() {
    auto* table = makeTable({tr("Line"), tr("Printed text"), tr("Problem")}, this);
    table->setObjectName(QStringLiteral("problemsTable"));
    for (const ImportProblem& p : m_result.problems)
        addRow(table, {p.line > 0 ? QString::number(p.line) : QString(), p.text, p.message});
    if (!m_result.ok && m_result.problems.isEmpty())
        addRow(table, {QString(), QString(), m_result.error});
    table->resizeColumnsToContents();
    return table;
}

QWidget* ImportPreviewDialog::buildFindings(const Findings& findings) {
    auto* table = makeTable({tr("Severity"), tr("Where"), tr("Finding")}, this);
    table->setObjectName(QStringLiteral("findingsTable"));
    for (const Finding& f : findings) {
        const QString severity = f.severity == Severity::Error     ? tr("error")
                                 : f.severity == Severity::Warning ? tr("warning")
                                                                   : tr("cannot be checked");
        QStringList where;
        for (const QString& part : {f.section, f.row, f.column}) {
            if (!part.isEmpty())
                where << part;
        }
        addRow(table, {severity, where.join(QStringLiteral(" | ")), f.message});
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget* ImportPreviewDialog::buildNarratives() {
    auto* text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("narrativesText"));
    text->setReadOnly(true);
    QString all;
    for (const SectionDef& s : m_result.report.format->sections()) {
        if (s.kind != SectionKind::Narrative)
            continue;
        all +=
            s.heading + QLatin1Char('\n') + m_result.report.narratives.value(s.id) + QStringLiteral("\n\n");
    }
    if (!m_result.report.notes.isEmpty())
        all +=
            tr("Before the first section (kept in the notes):") + QLatin1Char('\n') + m_result.report.notes;
    text->setPlainText(all);
    return text;
}

} // namespace nb::gui
