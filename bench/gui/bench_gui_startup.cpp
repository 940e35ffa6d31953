// Cold start of the workbench: `nianbao --quit-when-shown FILE` (offscreen) run N times; prints the median
// wall time of the whole process, the median time to the shown window as the program measures it, and the
// median peak RSS. Target: ≤ 300 ms, ≤ 150 MB.
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "document/ReportDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
double median(QVector<double> v) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    QTemporaryDir dir;
    QFile json(QStringLiteral(NIANBAO_SAMPLE_JSON));
    nb::Report report;
    QString error;
    if (!json.open(QIODevice::ReadOnly) ||
        !nb::JsonExchange::fromBytes(json.readAll(), nb::FormatRegistry::instance(), &report, &error)) {
        out << "cannot read the sample: " << error << Qt::endl;
        return 2;
    }
    const QString path = dir.filePath(QStringLiteral("sample.nianbao"));
    if (!nb::ReportDocument::create(path, report, &error)) {
        out << "cannot create the document: " << error << Qt::endl;
        return 2;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("NIANBAO_SETTINGS"), dir.filePath(QStringLiteral("settings.ini")));
    QVector<double> wall, shown, rss;
    for (int i = 0; i < runs + 2; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(NIANBAO_GUI_PATH), {QStringLiteral("--quit-when-shown"),
                                                   QStringLiteral("--lang"), QStringLiteral("zh_CN"), path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            out << "nianbao failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const QStringList fields =
            QString::fromUtf8(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
        auto field = [&fields](const char* name) {
            return fields.value(int(fields.indexOf(QLatin1String(name))) + 1);
        };
        if (field("opened") != QLatin1String("1")) {
            out << "the document was not opened" << Qt::endl;
            return 1;
        }
        if (i < 2)
            continue; // warm the file system cache and fontconfig first
        wall << ms;
        shown << field("shown_ms").toDouble();
        rss << field("rss_kb").toDouble() / 1024.0;
    }
    out << QStringLiteral(
               "gui cold start (nianbao --quit-when-shown, offscreen, %1 runs): median %2 ms wall, "
               "%3 ms to the shown window; peak RSS median %4 MB")
               .arg(runs)
               .arg(median(wall), 0, 'f', 1)
               .arg(median(shown), 0, 'f', 1)
               .arg(median(rss), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
