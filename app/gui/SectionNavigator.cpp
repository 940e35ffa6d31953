#include "SectionNavigator.h"

#include "FindingsDock.h"
#include "StatusIcons.h"

#include "document/ReportDocument.h"

#include <QFontMetrics>

namespace nb::gui {

SectionNavigator::SectionNavigator(QWidget* parent)
    : QListWidget(parent) {
    setIconSize(QSize(18, 18));
    setSpacing(2);
}

void SectionNavigator::setDocument(const ReportDocument* document) {
    const QSignalBlocker block(this);
    clear();
    m_document = document;
    if (!document)
        return;
    auto* meta = new QListWidgetItem(FindingsDock::sectionTitle(document, QString()), this);
    meta->setData(Qt::UserRole, QString());
    for (const SectionDef& s : document->format().sections()) {
        if (document->format().freeForm && !document->report().headings.contains(s.id))
            continue; // a part that this report before 2019 does not have
        auto* item = new QListWidgetItem(FindingsDock::sectionTitle(document, s.id), this);
        item->setData(Qt::UserRole, s.id);
    }
    // As wide as the longest heading.
    int width = 0;
    const QFontMetrics fm(font());
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fm.horizontalAdvance(item(i)->text()));
    setMinimumWidth(qMin(width + 60, fm.horizontalAdvance(QChar(0x56FD)) * 18));
    updateMarks();
}

QString SectionNavigator::sectionAt(int row) const {
    const QListWidgetItem* i = item(row);
    return i ? i->data(Qt::UserRole).toString() : QString();
}

int SectionNavigator::rowOf(const QString& sectionId) const {
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole).toString() == sectionId)
            return i;
    return -1;
}

void SectionNavigator::retranslate() {
    if (QListWidgetItem* meta = item(0); meta && m_document)
        meta->setText(FindingsDock::sectionTitle(m_document, QString()));
    updateMarks();
}

void SectionNavigator::updateMarks() {
    if (!m_document)
        return;
    const Report& r = m_document->report();
    const Findings& findings = m_document->findings();
    QStringList ids;
    for (int i = 0; i < count(); ++i)
        ids << sectionAt(i);
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const QString& id = ids.at(i);
        int errors = 0;
        int warnings = 0;
        for (const Finding& f : findings) {
            // Findings about no section shown here (metadata, the whole report) go to 标题与落款.
            const bool mine = f.section == id || (id.isEmpty() && !ids.contains(f.section));
            if (mine)
                (f.severity == Severity::Error ? errors : warnings)++;
        }
        bool empty = false;
        const SectionDef* s = m_document->format().section(id);
        if (id.isEmpty()) {
            empty = r.agency.trimmed().isEmpty();
        } else if (s && s->kind == SectionKind::Narrative) {
            empty = r.narratives.value(id).trimmed().isEmpty();
        } else if (s) {
            empty = true;
            for (int cell : s->cellIndexes)
                if (!r.cells.value(cell).isBlank()) {
                    empty = false;
                    break;
                }
        }
        StatusIcons::Status status = StatusIcons::Status::Complete;
        QString state = tr("complete");
        if (errors > 0) {
            status = StatusIcons::Status::Errors;
            state = tr("%n error(s)", nullptr, errors);
        } else if (empty) {
            status = StatusIcons::Status::Empty;
            state = tr("not filled in");
        } else if (warnings > 0) {
            status = StatusIcons::Status::Warnings;
            state = tr("%n warning(s)", nullptr, warnings);
        }
        it->setIcon(StatusIcons::status(status));
        it->setToolTip(state);
        it->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(it->text(), state));
        it->setData(Qt::UserRole + 1, int(status));
    }
}

} // namespace nb::gui
