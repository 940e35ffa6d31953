#pragma once

#include <QCoreApplication>
#include <QString>

namespace nb {

/// What this build is: shown by Help → About and printed by `nianbao-cli --version` (docs/cli.md).
class BuildInfo {
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)
public:
    /// The project version (CMake project(VERSION)), e.g. "0.1.0".
    static QString version();
    /// The day the build was configured, ISO 8601 (yyyy-MM-dd, UTC). Honours SOURCE_DATE_EPOCH, so that
    /// reproducible builds carry the release date.
    static QString buildDate();
    /// The Qt libraries the program runs with (qVersion()).
    static QString qtRuntimeVersion();
    /// The Qt headers the program was compiled with (QT_VERSION_STR).
    static QString qtBuildVersion();
    /// One line: "<program> 0.1.0 (built 2026-11-30, Qt 6.4.2, compiled with Qt 6.4.2)", translated.
    static QString summary(const QString& program);
};

} // namespace nb
