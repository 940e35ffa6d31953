#include "VersionsDialog.h"

#include "ui_VersionsDialog.h"

#include "Dialogs.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "model/CellEditability.h"

#include <QHeaderView>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace nb::gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

VersionsDialog::VersionsDialog(ReportDocument* document, EditCommands* edits, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VersionsDialog>())
    , m_document(document)
    , m_edits(edits) {
    m_ui->setupUi(this);
    m_ui->versionsHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->versionsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->versionsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->historyTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->restoreButton->setEnabled(false);
    connect(m_ui->versionsTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_ui->restoreButton->setEnabled(item && !m_document->isReadOnly());
    });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->versionsTree->indexOfTopLevelItem(m_ui->versionsTree->currentItem());
        QString error;
        if (!restoreVersion(row, &error))
            Dialogs::warning(this, windowTitle(), error);
        else
            accept();
    });
    load();
}

VersionsDialog::~VersionsDialog() = default;

void VersionsDialog::load() {
    m_ui->versionsTree->clear();
    m_ui->historyTree->clear();
    if (!m_document->store())
        return;
    const QLocale locale;
    QVector<VersionInfo> versions = m_document->store()->versions();
    std::reverse(versions.begin(), versions.end()); // newest first
    for (const VersionInfo& v : versions) {
        auto* item = new QTreeWidgetItem(m_ui->versionsTree);
        item->setText(0, v.name);
        item->setText(1, locale.toString(v.time.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, kIdRole, v.id);
    }
    QVector<EditLogEntry> history = m_document->store()->history(500);
    std::reverse(history.begin(), history.end());
    for (const EditLogEntry& e : history) {
        auto* item = new QTreeWidgetItem(m_ui->historyTree);
        item->setText(0, locale.toString(e.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.what);
        item->setText(2, e.oldValue.left(60));
        item->setText(3, e.newValue.left(60));
        item->setToolTip(2, e.oldValue.left(2000));
        item->setToolTip(3, e.newValue.left(2000));
    }
    if (m_ui->versionsTree->topLevelItemCount() > 0)
        m_ui->versionsTree->setCurrentItem(m_ui->versionsTree->topLevelItem(0));
}

int VersionsDialog::versionCount() const {
    return m_ui->versionsTree->topLevelItemCount();
}

bool VersionsDialog::restoreVersion(int row, QString* error) {
    QTreeWidgetItem* item = m_ui->versionsTree->topLevelItem(row);
    if (!item || !m_document->store())
        return false;
    Report old;
    if (!m_document->store()->loadVersion(item->data(0, kIdRole).toLongLong(), FormatRegistry::instance(),
                                          &old, error))
        return false;
    const Report& now = m_document->report();
    QUndoStack* stack = m_edits->stack();
    stack->beginMacro(tr("Restore version “%1”").arg(item->text(0)));
    bool ok = true;
    const QVector<std::pair<MetaField, QVariant>> meta{
        {MetaField::AutoTotals, old.autoTotals},
        {MetaField::Agency, old.agency},
        {MetaField::AgencyKind, QVariant::fromValue(old.agencyKind)},
        {MetaField::Year, old.year},
        {MetaField::Title, old.title},
        {MetaField::SignatureAgency, old.signatureAgency},
        {MetaField::SignatureDate, old.signatureDate},
        {MetaField::Notes, old.notes}};
    for (const auto& [field, value] : meta)
        if (ok && m_document->meta(field) != value)
            ok = m_edits->setMeta(field, value, error);
    QStringList sections = old.narratives.keys() + now.narratives.keys();
    sections.removeDuplicates();
    for (const QString& s : sections)
        if (ok && old.narratives.value(s) != now.narratives.value(s))
            ok = m_edits->setNarrative(s, old.narratives.value(s), error);
    QVector<ReportDocument::CellChange> cells;
    for (int i = 0; i < old.cells.size() && i < now.cells.size(); ++i)
        if (old.cells.at(i) != now.cells.at(i) && checkEditable(now, i) != CellEditability::ComputedTotal)
            cells.append({i, old.cells.at(i)});
    if (ok && !cells.isEmpty())
        ok = m_edits->setCells(cells, tr("Restore version “%1”").arg(item->text(0)), error);
    stack->endMacro();
    if (!ok)
        stack->undo(); // take back the part that was applied
    return ok;
}

} // namespace nb::gui
