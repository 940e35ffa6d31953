#include "BuildInfo.h"

#include <QtGlobal>

#ifndef NIANBAO_BUILD_DATE
#define NIANBAO_BUILD_DATE "unknown"
#endif

namespace nb {

QString BuildInfo::version() {
    return QStringLiteral(NIANBAO_VERSION);
}

QString BuildInfo::buildDate() {
    return QStringLiteral(NIANBAO_BUILD_DATE);
}

QString BuildInfo::qtRuntimeVersion() {
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::qtBuildVersion() {
    return QStringLiteral(QT_VERSION_STR);
}

QString BuildInfo::summary(const QString& program) {
    return tr("%1 %2 (built %3, Qt %4, compiled with Qt %5)")
        .arg(program, version(), buildDate(), qtRuntimeVersion(), qtBuildVersion());
}

} // namespace nb
