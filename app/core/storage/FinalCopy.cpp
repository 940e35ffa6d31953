#include "storage/FinalCopy.h"

#include "storage/DocumentStore.h"
#include "storage/ReportRecords.h"

#include <QCryptographicHash>
#include <QDir>

#include <algorithm>
#include <vector>

namespace nb {

namespace {

/// "<byte length>:<bytes>," (a netstring): unambiguous whatever the bytes hold.
void appendNetstring(QByteArray* out, const QByteArray& bytes) {
    out->append(QByteArray::number(bytes.size()));
    out->append(':');
    out->append(bytes);
    out->append(',');
}

struct Record {
    int kind = 0; ///< order of the kinds: format, meta, narrative, cell, explanation
    QByteArray key;
    QByteArray value;
};

const char* const kKindNames[] = {"format", "meta", "narrative", "cell", "explanation"};

enum Kind : quint8 { FormatKind = 0, MetaKind = 1, NarrativeKind = 2, CellKind = 3, ExplanationKind = 4 };

} // namespace

QByteArray canonicalContent(const FormatDefinition& format, const Report& report) {
    std::vector<Record> records;
    records.push_back({FormatKind, QByteArrayLiteral("id"), format.id.toUtf8()});
    for (const QString& key : ReportRecords::metaKeys()) {
        const QString value = ReportRecords::metaValue(report, key);
        if (!value.isEmpty()) // an empty value and an absent key are the same
            records.push_back({MetaKind, key.toUtf8(), value.toUtf8()});
    }
    for (auto it = report.narratives.cbegin(); it != report.narratives.cend(); ++it) {
        if (!it.value().isEmpty())
            records.push_back({NarrativeKind, it.key().toUtf8(), it.value().toUtf8()});
    }
    const QVector<CellDef>& defs = format.cells();
    for (int i = 0; i < report.cells.size() && i < defs.size(); ++i) {
        const QString value = report.cells.at(i).toStorageString();
        if (value.isEmpty())
            continue; // blank: no record, as no row in the file
        const CellDef& d = defs.at(i);
        records.push_back(
            {CellKind, DocumentStore::cellKey(d.section, d.rowPath, d.columnPath).toUtf8(), value.toUtf8()});
    }
    // Explanations of warnings (kind "explanation", key = the finding key, value = the text) join here
    // once Report carries them (issue 12 item 2); until then a report has none.
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.key < b.key; // byte order of the UTF-8
    });
    QByteArray out = QByteArrayLiteral("nianbao-content/1\n");
    for (const Record& r : records) {
        appendNetstring(&out, QByteArray(kKindNames[r.kind]));
        appendNetstring(&out, r.key);
        appendNetstring(&out, r.value);
    }
    return out;
}

QString contentFingerprint(const FormatDefinition& format, const Report& report) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(format, report), QCryptographicHash::Sha256).toHex());
}

QString editLogRowHash(const QString& previousHash, const QString& time, const QString& what,
                       const QString& oldValue, const QString& newValue) {
    QByteArray bytes = previousHash.toLatin1();
    appendNetstring(&bytes, time.toUtf8());
    appendNetstring(&bytes, what.toUtf8());
    appendNetstring(&bytes, oldValue.toUtf8());
    appendNetstring(&bytes, newValue.toUtf8());
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

FinalCopyCheck checkFinalCopy(const QString& documentPath) {
    return checkFinalCopy(documentPath, FormatRegistry::instance());
}

FinalCopyCheck checkFinalCopy(const QString& documentPath, const FormatRegistry& registry) {
    FinalCopyCheck result;
    Report report;
    OpenInfo info;
    QString error;
    const std::unique_ptr<DocumentStore> store =
        DocumentStore::open(documentPath, registry, &report, &info, &error, true);
    if (!store || !report.format) {
        result.state = FinalCopyCheck::State::Unreadable;
        result.problem = error;
        return result;
    }
    result.actualFingerprint = contentFingerprint(*report.format, report);
    const FinalState final = store->finalState();
    if (!final.isFinal) {
        result.state = FinalCopyCheck::State::Draft;
        return result;
    }
    result.storedFingerprint = final.fingerprint;
    result.finalizedBy = final.by;
    result.finalizedAt = final.at;
    if (result.actualFingerprint != final.fingerprint) {
        result.state = FinalCopyCheck::State::Altered;
        result.problem =
            DocumentStore::tr("The content of %1 was changed after it was finalized: its "
                              "fingerprint is %2, the final copy had %3.")
                .arg(QDir::toNativeSeparators(documentPath), result.actualFingerprint, final.fingerprint);
        return result;
    }
    QString problem;
    if (!store->checkHistoryChain(&problem)) {
        result.state = FinalCopyCheck::State::Altered;
        result.problem = problem;
        return result;
    }
    result.state = FinalCopyCheck::State::Final;
    return result;
}

QString finalCopyStateName(FinalCopyCheck::State state) {
    switch (state) {
    case FinalCopyCheck::State::Draft:
        return QStringLiteral("draft");
    case FinalCopyCheck::State::Final:
        return QStringLiteral("final");
    case FinalCopyCheck::State::Altered:
        return QStringLiteral("altered");
    case FinalCopyCheck::State::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

} // namespace nb
