// Cold start of the workbench, driven from outside the product: this program starts itself N times as a
// child (`bench_gui_startup --child FILE`) that does what nianbao's main() does (application, translations,
// main window, open FILE, first complete paint) and prints its own timings; the parent prints the median
// wall time of the whole process, the median time to the shown window, and the median peak RSS.
// Target: ≤ 300 ms, ≤ 150 MB.
#include "MainWindow.h"
#include "Translations.h"
#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
/// Peak resident memory in kB (Linux /proc), else -1.
long peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// The child: the same start-up path as app/gui/main.cpp, then timings on stdout.
int runChild(int argc, char* argv[], const QString& file) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    nb::gui::Translations::install(QStringLiteral("zh_CN"));
    nb::gui::MainWindow window;
    window.show();
    const bool opened = window.openDocument(file);
    const qint64 openedMs = clock.elapsed();
    window.repaint(); // the first complete paint, included in the time
    QTextStream(stdout) << "shown_ms " << clock.elapsed() << " opened_ms " << openedMs << " opened "
                        << (opened ? 1 : 0) << " rss_kb " << peakRssKb() << Qt::endl;
    return 0;
}

double median(QVector<double> v) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
} // namespace

int main(int argc, char* argv[]) {
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]));
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
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            out << "the start-up child failed: " << p.readAllStandardError() << Qt::endl;
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
               "gui cold start (main window opening a document, offscreen, %1 runs): median %2 ms wall, "
               "%3 ms to the shown window; peak RSS median %4 MB")
               .arg(runs)
               .arg(median(wall), 0, 'f', 1)
               .arg(median(shown), 0, 'f', 1)
               .arg(median(rss), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
