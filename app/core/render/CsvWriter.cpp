#include "render/CsvWriter.h"

#include "io/Csv.h"
#include "render/ReportContent.h"

#include <QDir>
#include <QSaveFile>

namespace nb {

QByteArray CsvWriter::tableCsv(const Report& report, int sectionIndex) {
    if (!report.format || sectionIndex < 0 || sectionIndex >= report.format->sections().size())
        return {};
    const TableDef& table = report.format->sections().at(sectionIndex).table;
    QVector<QStringList> grid(table.gridRows, QStringList());
    for (QStringList& row : grid) {
        for (int c = 0; c < table.gridColumns; ++c)
            row << QString();
    }
    for (const GridCell& cell : table.grid) {
        const bool data = cell.role == GridCell::Role::Data;
        const QString text = data ? cellDisplayText(report, cell.cellIndex) : cell.text;
        for (int r = cell.row; r < cell.row + cell.rowSpan && r < table.gridRows; ++r) {
            for (int c = cell.column; c < cell.column + cell.columnSpan && c < table.gridColumns; ++c) {
                if (!data || (r == cell.row && c == cell.column))
                    grid[r][c] = text;
            }
        }
    }
    QString out;
    for (const QStringList& row : grid)
        out += csv::line(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString CsvWriter::fileName(const Report& report, int sectionIndex) {
    QString name = report.format->sections().at(sectionIndex).heading;
    for (const QChar bad : QStringLiteral("/\\:*?\"<>|"))
        name.replace(bad, QLatin1Char('_'));
    return name + QStringLiteral(".csv");
}

bool CsvWriter::writeDirectory(const Report& report, const QString& dir, QString* error) {
    if (!report.format) {
        if (error)
            *error = tr("The report has no format.");
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QVector<SectionDef>& sections = report.format->sections();
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s).kind != SectionKind::Table)
            continue;
        QSaveFile file(QDir(dir).filePath(fileName(report, s)));
        const QByteArray bytes = tableCsv(report, s);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error = tr("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace nb
