#pragma once

#include "import/SourceLine.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

class ImportVocabulary;

/// Where the six numbered sections of a report start.
struct SectionSpan {
    QString id;       ///< 一 … 六
    int heading = -1; ///< index of the heading line in the lines
    int begin = -1;   ///< first line after the heading
    int end = -1;     ///< one past the last line of the section
};

class SectionLocator {
public:
    /// headings: section id → canonical heading (一、总体情况 …), in report order.
    static QVector<SectionSpan> locate(const SourceLines& lines,
                                       const QVector<QPair<QString, QString>>& headings,
                                       const ImportVocabulary& vocabulary);
};

} // namespace nb
