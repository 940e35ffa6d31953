#pragma once

#include "model/Report.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nb {

/// Paths that name the same figure in two formats although their labels differ (a data file
/// resources/years/<from>--<to>.json; docs/json-format.md "Conversion hints"). Everything else is matched
/// by equal section, row path and column path.
struct ConversionHints {
    struct Rename {
        QString section;
        QString rowsUnder; ///< columns only: applies to rows whose path starts with this ("" = all)
        QString from;
        QString to;
    };
    QVector<Rename> rows;
    QVector<Rename> columns;

    /// The hints for a pair of format ids (empty when there is no hint file: paths alone decide).
    static ConversionHints forFormats(const QString& fromId, const QString& toId);
    /// Parses a hint file; false with a message when malformed.
    static bool fromJson(const QByteArray& bytes, ConversionHints* out, QString* error);

    QString targetRow(const QString& section, const QString& row) const;
    QString targetColumn(const QString& section, const QString& row, const QString& column) const;
};

/// Converts a report to another format (2019 trial format → 2021 format): every cell whose row and column
/// exist in both formats is carried; the cells only the old format has are listed with their values
/// (and written into the report's notes); the cells only the new format has stay blank and are listed
/// for the clerk. Nothing is dropped silently. Pure: no I/O.
class FormatConverter {
    Q_DECLARE_TR_FUNCTIONS(FormatConverter)
public:
    struct SourceOnlyCell {
        QString section;
        QString rowPath;
        QString columnPath;
        CellValue value;
        QString reason; ///< empty when the target has no such cell; else why it was not carried
    };
    struct NewCell {
        QString section;
        QString rowPath;
        QString columnPath;
    };
    struct Result {
        bool ok = false;
        QString error;
        Report report;
        int carried = 0;                    ///< cells carried (filled or blank)
        QVector<SourceOnlyCell> sourceOnly; ///< every cell of the old format not carried
        QVector<NewCell> targetOnly;        ///< every cell of the new format nothing was carried into
        QString notes;                      ///< what was appended to the report's notes
        /// Row paths of targetOnly whose whole row is new (the three （六） sub-rows), in format order.
        QStringList newRows() const;
        QJsonObject toJson() const;
        QString toText() const;
    };

    static Result convert(const Report& source, const FormatPtr& target, const ConversionHints& hints,
                          const QDate& today);
    static Result convert(const Report& source, const FormatPtr& target, const QDate& today) {
        return convert(source, target,
                       ConversionHints::forFormats(source.format ? source.format->id : QString(),
                                                   target ? target->id : QString()),
                       today);
    }
    /// The lines appended to the report's notes (translated).
    static QString notesText(const Result& result, const QString& fromId, const QString& toId,
                             const QDate& today);
};

} // namespace nb
