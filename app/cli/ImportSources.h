#pragma once

#include <QString>
#include <QStringList>

namespace nb::cli {

/// The files named on the command line of `check`: files as given, folders searched recursively for
/// report files (.txt .htm .html .json .nianbao; JSON only when it is Nianbao JSON), in a stable order.
/// Arguments that do not exist are returned in *missing.
QStringList expandImportSources(const QStringList& arguments, QStringList* missing);

/// True for a file that a folder search picks up.
bool isReportFileName(const QString& fileName);

} // namespace nb::cli
