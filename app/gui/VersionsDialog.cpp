#include "VersionsDialog.h"

#include "ui_VersionsDialog.h"

#include "ComparisonView.h"
#include "Dialogs.h"

#include "document/EditCommands.h"
#include "document/EditLogText.h"
#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "model/CellEditability.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
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
        if (confirmAndRestore(m_ui->versionsTree->indexOfTopLevelItem(m_ui->versionsTree->currentItem())))
            accept();
    });
    connect(m_ui->versionsTree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const int selected = int(m_ui->versionsTree->selectedItems().size());
        m_ui->compareButton->setEnabled(selected == 1 || selected == 2);
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, &VersionsDialog::compareSelected);
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
    const EditLogDescriber describer(m_document->report().format.get());
    for (const EditLogEntry& e : history) {
        const EditLogText text = describer.describe(e);
        auto* item = new QTreeWidgetItem(m_ui->historyTree);
        item->setText(0, locale.toString(e.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, text.place);
        item->setText(2, text.before);
        item->setText(3, text.after);
        item->setToolTip(1, text.place);
        if (text.kind == QLatin1String("narrative")) { // the whole paragraph text on hover
            item->setToolTip(2, e.oldValue.left(2000));
            item->setToolTip(3, e.newValue.left(2000));
        }
    }
    if (m_ui->versionsTree->topLevelItemCount() > 0)
        m_ui->versionsTree->setCurrentItem(m_ui->versionsTree->topLevelItem(0));
}

int VersionsDialog::versionCount() const {
    return m_ui->versionsTree->topLevelItemCount();
}

QStringList VersionsDialog::historyLines() const {
    QStringList lines;
    for (int i = 0; i < m_ui->historyTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_ui->historyTree->topLevelItem(i);
        EditLogText text;
        text.place = item->text(1);
        text.before = item->text(2);
        text.after = item->text(3);
        lines << text.line();
    }
    return lines;
}

bool VersionsDialog::loadVersion(int row, Report* out, QString* error) const {
    QTreeWidgetItem* item = m_ui->versionsTree->topLevelItem(row);
    if (!item || !m_document->store())
        return false;
    return m_document->store()->loadVersion(item->data(0, kIdRole).toLongLong(), FormatRegistry::instance(),
                                            out, error);
}

bool VersionsDialog::confirmAndRestore(int row) {
    QTreeWidgetItem* item = m_ui->versionsTree->topLevelItem(row);
    if (!item)
        return false;
    const QString text =
        tr("Restore the version “%1” of %2? The report gets that version's content back; the changes made "
           "since stay in the history, and Edit → Undo takes the restore back.")
            .arg(item->text(0), item->text(1));
    if (Dialogs::question(this, tr("Restore Version"), text, QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    QString error;
    if (!restoreVersion(row, &error)) {
        Dialogs::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void VersionsDialog::compareSelected() {
    QList<int> rows;
    for (QTreeWidgetItem* item : m_ui->versionsTree->selectedItems())
        rows << m_ui->versionsTree->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QString error;
    // The list is newest first: the larger row is the older version.
    if (!compareVersions(rows.size() == 2 ? rows.at(1) : rows.at(0), rows.size() == 2 ? rows.at(0) : -1,
                         &error))
        Dialogs::warning(this, windowTitle(), error);
}

bool VersionsDialog::compareVersions(int row, int otherRow, QString* error) {
    Report before;
    if (!loadVersion(row, &before, error))
        return false;
    Report after = m_document->report();
    if (otherRow >= 0 && !loadVersion(otherRow, &after, error))
        return false;
    ComparisonView view(m_document->report(), this);
    view.setReports(before, after);
    const QString afterName =
        otherRow >= 0 ? m_ui->versionsTree->topLevelItem(otherRow)->text(0) : tr("the report as it is now");
    view.setWindowTitle(tr("Compare “%1” with %2")
                            .arg(m_ui->versionsTree->topLevelItem(row)->text(0),
                                 otherRow >= 0 ? QStringLiteral("“%1”").arg(afterName) : afterName));
    view.chooseButton()->hide(); // the two versions are given
    Dialogs::exec(&view);
    return true;
}

bool VersionsDialog::restoreVersion(int row, QString* error) {
    QTreeWidgetItem* item = m_ui->versionsTree->topLevelItem(row);
    Report old;
    if (!loadVersion(row, &old, error))
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
