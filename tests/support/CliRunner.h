#pragma once
// Test support: runs the real nianbao-cli binary (NIANBAO_CLI_PATH) in a fixed UTF-8 C locale.

#include "TestTimeouts.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace nb::test {

struct CliRun {
    int code = -1; ///< exit code, -1 when the process crashed
    QString out;
    QString err;
};

/// The environment nianbao-cli runs in under test: this process's, in the UTF-8 C locale (English messages).
inline QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(NIANBAO_CLI_PATH), args);
    if (!p.waitForFinished(nb::test::waitMs(timeoutMs)))
        qFatal("nianbao-cli did not finish");
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace nb::test
