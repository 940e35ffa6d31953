#include "document/ReportDocument.h"

#include "model/CellEditability.h"
#include "model/CellInput.h"
#include "rules/Explanations.h"
#include "storage/ReportDiff.h"

#include <QDate>

namespace nb {

namespace {

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2999;

} // namespace

ReportDocument::ReportDocument(Report report, QObject* parent)
    : ReportDocument(std::move(report), nullptr, parent) {}

ReportDocument::ReportDocument(Report report, std::unique_ptr<DocumentStore> store, QObject* parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_store(std::move(store)) {
    // Bring computed totals up to date (a format file may have changed since the file was written). If the
    // file cannot be written (read-only), memory keeps what the file says.
    if (!m_report.format)
        return;
    QString ignored;
    apply(Change(), &ignored);
    revalidate();
}

ReportDocument::~ReportDocument() = default;

std::unique_ptr<ReportDocument> ReportDocument::create(const QString& path, Report report, QString* error) {
    if (report.format && report.autoTotals)
        RuleEngine::computeTotals(report);
    std::unique_ptr<DocumentStore> store = DocumentStore::create(path, report, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<ReportDocument>(new ReportDocument(std::move(report), std::move(store), nullptr));
}

std::unique_ptr<ReportDocument> ReportDocument::open(const QString& path, OpenInfo* info, QString* error,
                                                     bool readOnlyRequested) {
    Report report;
    std::unique_ptr<DocumentStore> store =
        DocumentStore::open(path, FormatRegistry::instance(), &report, info, error, readOnlyRequested);
    if (!store)
        return nullptr;
    return std::unique_ptr<ReportDocument>(new ReportDocument(std::move(report), std::move(store), nullptr));
}

QString ReportDocument::filePath() const {
    return m_store ? m_store->path() : QString();
}

bool ReportDocument::isReadOnly() const {
    return m_store && m_store->isReadOnly();
}

QString ReportDocument::cellLabel(int cell) const {
    if (cell < 0 || cell >= format().cells().size())
        return QString();
    const CellDef& d = format().cells().at(cell);
    return d.rowPath.isEmpty() ? d.columnPath : d.rowPath + QStringLiteral(" / ") + d.columnPath;
}

namespace {

/// The document's words for a cell that may not be typed into (empty when it may).
QString refusal(const ReportDocument& doc, const Report& report, int cell) {
    switch (checkEditable(report, cell)) {
    case CellEditability::Editable:
        return QString();
    case CellEditability::NoSuchCell:
        return ReportDocument::tr("There is no cell %1 in this format.").arg(cell);
    case CellEditability::ComputedTotal:
        return ReportDocument::
            tr("“%1” is a total computed from other cells. Turn off automatic totals to enter it by hand.")
                .arg(doc.cellLabel(cell));
    }
    return QString();
}

} // namespace

bool ReportDocument::checkEditable(int cell, QString* error) const {
    const QString why = refusal(*this, m_report, cell);
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

bool ReportDocument::setCellText(int cell, const QString& text, QString* errorOut) {
    QString ignored;
    QString* error = errorOut ? errorOut : &ignored;
    if (!checkEditable(cell, error))
        return false;
    const CellDef& def = format().cells().at(cell);
    const CellInputResult parsed = CellInput::parse(text, def.type);
    if (!parsed.ok) {
        *error = parsed.error;
        return false;
    }
    return setCell(cell, parsed.value, error);
}

bool ReportDocument::setCell(int cell, const CellValue& value, QString* error) {
    return setCells({CellChange{cell, value}}, error);
}

bool ReportDocument::setCells(const QVector<CellChange>& changes, QString* error) {
    Change change;
    change.cells = changes;
    return apply(change, error);
}

bool ReportDocument::setNarrative(const QString& section, const QString& text, QString* error) {
    Change change;
    change.narratives.insert(section, text);
    return apply(change, error);
}

bool ReportDocument::setMeta(MetaField field, const QVariant& value, QString* error) {
    Change change;
    change.meta.insert(field, value);
    return apply(change, error);
}

QVariant ReportDocument::meta(MetaField field) const {
    switch (field) {
    case MetaField::Agency:
        return m_report.agency;
    case MetaField::AgencyKind:
        return QVariant::fromValue(m_report.agencyKind);
    case MetaField::Year:
        return m_report.year;
    case MetaField::Title:
        return m_report.title;
    case MetaField::SignatureAgency:
        return m_report.signatureAgency;
    case MetaField::SignatureDate:
        return m_report.signatureDate;
    case MetaField::Notes:
        return m_report.notes;
    case MetaField::AutoTotals:
        break;
    }
    return m_report.autoTotals;
}

bool ReportDocument::setMetaIn(Report* r, MetaField field, const QVariant& value, QString* error) const {
    switch (field) {
    case MetaField::Agency: {
        const QString agency = value.toString().trimmed();
        if (agency.isEmpty()) {
            *error = tr("The agency name must not be empty.");
            return false;
        }
        r->agency = agency;
        return true;
    }
    case MetaField::AgencyKind:
        if (value.metaType() == QMetaType::fromType<AgencyKind>()) {
            r->agencyKind = value.value<AgencyKind>();
            return true;
        }
        if (value.metaType() == QMetaType::fromType<int>() && (value.toInt() == 0 || value.toInt() == 1)) {
            r->agencyKind = value.toInt() == 0 ? AgencyKind::Department : AgencyKind::Government;
            return true;
        }
        if (agencyKindFromString(value.toString(), &r->agencyKind))
            return true;
        *error = tr("Unknown agency kind “%1”.").arg(value.toString());
        return false;
    case MetaField::Year: {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok || year < kMinYear || year > kMaxYear) {
            *error = tr("The report year must be a year between %1 and %2.").arg(kMinYear).arg(kMaxYear);
            return false;
        }
        r->year = year;
        return true;
    }
    case MetaField::SignatureDate: {
        const QDate date = value.metaType() == QMetaType::fromType<QDate>()
                               ? value.toDate()
                               : QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid() && !value.toString().isEmpty()) {
            *error = tr("“%1” is not a valid date.").arg(value.toString());
            return false;
        }
        r->signatureDate = date;
        return true;
    }
    case MetaField::Title:
        r->title = value.toString();
        return true;
    case MetaField::SignatureAgency:
        r->signatureAgency = value.toString();
        return true;
    case MetaField::Notes:
        r->notes = value.toString();
        return true;
    case MetaField::AutoTotals:
        break;
    }
    r->autoTotals = value.toBool();
    return true;
}

bool ReportDocument::apply(const Change& change, QString* error, Change* inverse) {
    QString ignored;
    QString& err = error ? *error : ignored;
    if (inverse)
        *inverse = Change();
    if (isFinal()) { // a final copy refuses every change, whoever asks
        err = m_store->finalRefusal();
        return false;
    }
    Report next = m_report;
    for (auto it = change.meta.cbegin(); it != change.meta.cend(); ++it) {
        if (!setMetaIn(&next, it.key(), it.value(), &err))
            return false;
    }
    for (auto it = change.narratives.cbegin(); it != change.narratives.cend(); ++it) {
        const SectionDef* section = format().section(it.key());
        if (!section || section->kind != SectionKind::Narrative) {
            err = tr("There is no narrative section “%1” in this format.").arg(it.key());
            return false;
        }
        next.narratives.insert(it.key(), it.value());
    }
    if (change.keptParagraphs)
        next.keptParagraphs = *change.keptParagraphs;
    if (change.explanations)
        next.explanations = *change.explanations;
    for (const CellChange& c : change.cells) {
        // Against the report as it will be (a change may switch automatic totals in the same step).
        const QString why = refusal(*this, next, c.cell);
        if (!why.isEmpty()) {
            err = why;
            return false;
        }
        next.cells[c.cell] = c.value;
    }
    if (next.autoTotals)
        RuleEngine::computeTotals(next);

    // What differs becomes the stored edits, the signals and the inverse change.
    const ReportDiff diff = ReportDiff::between(m_report, next);
    Change back;
    QVector<MetaField> changedMeta;
    for (const MetaFieldInfo& field : allMetaFields()) {
        if (diff.metaKeys.contains(QLatin1String(field.key))) {
            back.meta.insert(field.field, meta(field.field));
            changedMeta.append(field.field);
        }
    }
    for (const QString& s : diff.narratives)
        back.narratives.insert(s, m_report.narratives.value(s));
    if (diff.metaKeys.contains(QLatin1String("kept_paragraphs")))
        back.keptParagraphs = m_report.keptParagraphs;
    const bool explanationsChangedNow = diff.metaKeys.contains(QLatin1String("explanations"));
    if (explanationsChangedNow)
        back.explanations = m_report.explanations;
    for (int i : diff.cells) {
        // Totals come back by themselves when the earlier state computed them.
        if (nb::checkEditable(m_report, i) != CellEditability::ComputedTotal)
            back.cells.append({i, m_report.cells.at(i)});
    }
    if (inverse)
        *inverse = Change();
    if (diff.isEmpty())
        return true;
    if (!commit(diff.edits, &err))
        return false;

    m_report = std::move(next);
    if (inverse)
        *inverse = std::move(back);
    for (MetaField field : std::as_const(changedMeta))
        emit metadataChanged(field);
    for (const QString& s : diff.narratives)
        emit narrativeChanged(s);
    if (!diff.cells.isEmpty())
        emit cellsChanged(diff.cells);
    if (explanationsChangedNow)
        emit explanationsChanged();
    revalidate();
    return true;
}

bool ReportDocument::explanationChange(const QString& key, const QString& text, Change* change,
                                       QString* error) const {
    const QString trimmed = text.trimmed();
    QMap<QString, QString> next = m_report.explanations;
    if (trimmed.isEmpty()) {
        if (!next.contains(key)) {
            if (error)
                *error = tr("There is no explanation for “%1”.").arg(key);
            return false;
        }
        next.remove(key);
    } else {
        if (!Explanations::checkExplainable(m_findings, key, trimmed, error))
            return false;
        next.insert(key, trimmed);
    }
    *change = Change();
    change->explanations = next;
    return true;
}

bool ReportDocument::setExplanation(const QString& key, const QString& text, QString* error) {
    Change change;
    return explanationChange(key, text, &change, error) && apply(change, error);
}

bool ReportDocument::setParagraphKept(const QString& section, int paragraph, bool kept, QString* error) {
    const SectionDef* def = format().section(section);
    if (!def || def->kind != SectionKind::Narrative) {
        if (error)
            *error = tr("There is no narrative section “%1” in this format.").arg(section);
        return false;
    }
    const QStringList paragraphs = paragraphsOf(m_report.narratives.value(section));
    if (paragraph < 1 || paragraph > paragraphs.size()) {
        if (error)
            *error = tr("Section %1 has %n paragraph(s); there is no paragraph %2.", nullptr,
                        int(paragraphs.size()))
                         .arg(section)
                         .arg(paragraph);
        return false;
    }
    const QString text = paragraphs.at(paragraph - 1).trimmed();
    QMap<QString, QStringList> next = m_report.keptParagraphs;
    QStringList& list = next[section];
    list.removeAll(text);
    if (kept)
        list << text;
    if (list.isEmpty())
        next.remove(section);
    Change change;
    change.keptParagraphs = next;
    return apply(change, error);
}

bool ReportDocument::saveVersion(const QString& name, QString* error) {
    if (!m_store) {
        if (error)
            *error = tr("The report has no file yet; save it to a file first.");
        return false;
    }
    return m_store->saveVersion(name, m_report, error);
}

QString ReportDocument::fingerprint() const {
    return m_report.format ? contentFingerprint(*m_report.format, m_report) : QString();
}

bool ReportDocument::finalize(const QString& by, QString* fingerprintOut, QString* error) {
    if (!m_store) {
        if (error)
            *error = tr("The report has no file yet; save it to a file first.");
        return false;
    }
    const QString print = fingerprint();
    if (!m_store->finalize(print, by.trimmed(), error))
        return false;
    if (fingerprintOut)
        *fingerprintOut = print;
    emit finalStateChanged();
    return true;
}

bool ReportDocument::returnToDraft(const QString& reason, const QString& by, QString* error) {
    if (!m_store) {
        if (error)
            *error = tr("The document is not a final copy.");
        return false;
    }
    if (!m_store->returnToDraft(reason, by.trimmed(), error))
        return false;
    emit finalStateChanged();
    return true;
}

void ReportDocument::setPreviousYear(const Report* previous) {
    m_options.previousYear = previous;
    revalidate();
}

void ReportDocument::setValidationOptions(const RuleEngine::Options& options) {
    m_options = options;
    revalidate();
}

bool ReportDocument::commit(const QVector<StoredEdit>& edits, QString* error) {
    if (!m_store)
        return true;
    return m_store->write(edits, error);
}

void ReportDocument::revalidate() {
    Findings findings = RuleEngine::validate(m_report, m_options);
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    emit findingsChanged();
}

} // namespace nb
