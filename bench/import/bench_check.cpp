// Benchmark (issue 5): `nianbao-cli check` over 1,000 report files generated from the samples.
// Target: <= 5 s on the CI machine (2 cores). Prints the median of several runs; no pass/fail.
//   bench_import_check [--files N] [--runs R] [--keep DIR]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes n files: the four national-format samples in turn, each with its own agency name and, in one
/// file of five, a changed number (so the check has errors to report, as in real batches).
int generate(const QString& dir, int n) {
    const QString samples = QStringLiteral(NIANBAO_SAMPLES_DIR);
    struct Source {
        QByteArray text;
        QByteArray agency;
    };
    const QVector<Source> sources{
        {readFile(samples + QStringLiteral("/2021-wuhai-psb.txt")), QByteArrayLiteral("乌海市公安局")},
        {readFile(samples + QStringLiteral("/published/2023-hongze-gov.layout.txt")),
         QByteArrayLiteral("洪泽区人民政府")},
        {readFile(samples + QStringLiteral("/published/2024-hongze-gov.layout.txt")),
         QByteArrayLiteral("淮安市洪泽区人民政府")},
        {readFile(samples + QStringLiteral("/published/2024-huaian-gov.layout.txt")),
         QByteArrayLiteral("淮安市人民政府")},
    };
    QRandomGenerator rng(2025);
    for (int i = 0; i < n; ++i) {
        const Source& s = sources.at(i % sources.size());
        QByteArray text = s.text;
        const QByteArray agency =
            QByteArrayLiteral("第") + QByteArray::number(i) + QByteArrayLiteral("号单位");
        text.replace(s.agency, agency);
        if (i % 5 == 0) {
            const qsizetype at = text.indexOf(" 0 ", text.indexOf("三、收到和处理") + 1);
            if (at > 0)
                text.replace(at, 3, " 7 ");
        }
        QFile f(QDir(dir).filePath(QStringLiteral("report-%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(text);
    }
    return n;
}

double runCheck(const QString& dir, const QStringList& extra) {
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(NIANBAO_CLI_PATH),
            QStringList{QStringLiteral("check")} + extra + QStringList{dir});
    p.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e9;
}

double median(QVector<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("Number of report files."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("R"),
                                  QStringLiteral("5"));
    parser.addOptions({files, runs});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const int n = generate(dir.path(), parser.value(files).toInt());
    if (n <= 0) {
        out << "cannot write the report files\n";
        return 2;
    }
    runCheck(dir.path(), {}); // warm the file cache
    for (const QStringList& mode : {QStringList{}, QStringList{QStringLiteral("--json")},
                                    QStringList{QStringLiteral("--jobs"), QStringLiteral("1")}}) {
        QVector<double> times;
        for (int r = 0; r < parser.value(runs).toInt(); ++r)
            times << runCheck(dir.path(), mode);
        out << QStringLiteral("nianbao-cli check %1%2 files: median %3 s over %4 runs (min %5, max %6)\n")
                   .arg(mode.isEmpty() ? QString() : mode.join(QLatin1Char(' ')) + QLatin1Char(' '))
                   .arg(n)
                   .arg(median(times), 0, 'f', 3)
                   .arg(times.size())
                   .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 3)
                   .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 3);
        out.flush();
    }
    return 0;
}
