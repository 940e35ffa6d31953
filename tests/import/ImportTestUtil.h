#pragma once
// Shared helpers of the import tests: sample files and the hand-checked expected values.

#include "format/FormatRegistry.h"
#include "import/ReportImporter.h"
#include "io/JsonNumbers.h"
#include "rules/NarrativeRule.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace nb::importtest {

inline QString samplesDir() {
    return QStringLiteral(NIANBAO_SAMPLES_DIR);
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// The narrative_table_mismatch findings of a report, as every rule is run on it (validate, check, GUI).
inline Findings narrativeFindings(const Report& report) {
    Findings out;
    for (const Finding& f : RuleEngine::validate(report)) {
        if (f.rule == QLatin1String(NarrativeRule::kRuleId))
            out << f;
    }
    return out;
}

/// Every report sample with its *.expected.json: {report path, expected path}.
inline QVector<QPair<QString, QString>> expectedSamples() {
    QVector<QPair<QString, QString>> out;
    for (const QString& dir : {samplesDir(), samplesDir() + QStringLiteral("/published")}) {
        for (const QFileInfo& fi :
             QDir(dir).entryInfoList({QStringLiteral("*.expected.json")}, QDir::Files)) {
            const QString base = fi.fileName().chopped(int(qstrlen(".expected.json")));
            for (const QString& ext :
                 {QStringLiteral(".txt"), QStringLiteral(".layout.txt"), QStringLiteral(".html")}) {
                const QString report = dir + QLatin1Char('/') + base + ext;
                if (QFile::exists(report)) {
                    out.append({report, fi.absoluteFilePath()});
                    break;
                }
            }
        }
    }
    return out;
}

/// Every file under the samples folder (recursively).
inline QStringList allSampleFiles() {
    QStringList out;
    for (const QString& dir : {samplesDir(), samplesDir() + QStringLiteral("/published")}) {
        for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files))
            out << fi.absoluteFilePath();
    }
    return out;
}

/// An expected value as scaled number (exact: amounts are strings like "7730.28", counts integers);
/// null → blank (returns false in *isNumber). Fails the test on a value that is neither.
inline qint64 expectedScaled(const QJsonValue& v, bool* isNumber) {
    *isNumber = !v.isNull();
    if (v.isNull())
        return 0;
    CellValue value;
    const bool ok = v.isString() ? CellValue::fromDecimalText(v.toString(), &value)
                                 : JsonNumbers::cellFromJson(v, &value);
    if (!ok)
        qFatal("expected value %s is not a cell value", qPrintable(v.toVariant().toString()));
    return value.scaled();
}

inline ImportResult importText(const QString& text) {
    return ReportImporter::importBytes(text.toUtf8(), FormatRegistry::instance());
}

inline bool hasProblemAt(const ImportResult& r, int line) {
    for (const ImportProblem& p : r.problems) {
        if (p.line == line)
            return true;
    }
    return false;
}

inline QString problemsText(const ImportResult& r) {
    QStringList out;
    for (const ImportProblem& p : r.problems)
        out << QStringLiteral("%1: %2 [%3]").arg(p.line).arg(p.message, p.text);
    return out.join(QLatin1Char('\n'));
}

/// Differences between an import and a hand-checked *.expected.json (values, blanks, unplaced rows,
/// format); empty when they agree. Cells the file does not list must be blank.
inline QStringList differencesFromExpected(const ImportResult& r, const QString& expectedPath) {
    QStringList out;
    const QJsonObject root = QJsonDocument::fromJson(readFile(expectedPath)).object();
    if (!r.ok || !r.report.format)
        return {QStringLiteral("not imported: ") + r.error};
    if (r.report.format->id != root.value(QLatin1String("format")).toString())
        out << QStringLiteral("format %1").arg(r.report.format->id);
    const FormatDefinition& format = *r.report.format;
    QSet<int> listed;
    const QJsonObject cells = root.value(QLatin1String("cells")).toObject();
    for (auto s = cells.begin(); s != cells.end(); ++s) {
        const QJsonObject rows = s.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            const QJsonObject cols = row.value().toObject();
            for (auto col = cols.begin(); col != cols.end(); ++col) {
                const QString where = s.key() + QLatin1Char('|') + row.key() + QLatin1Char('|') + col.key();
                const int index = format.cellIndex(s.key(), row.key(), col.key());
                if (index < 0) {
                    out << where + QStringLiteral(": no such cell");
                    continue;
                }
                listed.insert(index);
                bool isNumber = false;
                const qint64 want = expectedScaled(col.value(), &isNumber);
                const CellValue got = r.report.cells.at(index);
                if (!isNumber && !got.isBlank())
                    out << where + QStringLiteral(": not blank");
                else if (isNumber && (!got.isNumber() || got.scaled() != want))
                    out << where + QStringLiteral(": got %1, want %2").arg(got.scaled()).arg(want);
            }
        }
    }
    for (int i = 0; i < format.cells().size(); ++i) {
        if (!listed.contains(i) && !r.report.cells.at(i).isBlank())
            out << format.cells().at(i).rowPath + QStringLiteral(": not blank");
    }
    QStringList wantRows;
    for (const QJsonValue& v : root.value(QLatin1String("unplaceable_rows")).toArray())
        wantRows << v.toString();
    QStringList gotRows = r.unplacedRows;
    wantRows.sort();
    gotRows.sort();
    if (wantRows != gotRows)
        out << QStringLiteral("unplaced rows: ") + gotRows.join(QLatin1Char(','));
    return out;
}

} // namespace nb::importtest
