// nianbao: the desktop workbench. Usage: nianbao [--lang zh_CN|en] [--read-only] [[--open] FILE]
#include "AppSettings.h"
#include "MainWindow.h"
#include "StatusIcons.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace {
/// Peak resident memory in kB where the platform tells it cheaply (Linux), else -1. For --quit-when-shown.
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
} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.nianbao.Nianbao"));
    QApplication::setWindowIcon(nb::gui::StatusIcons::application());

    nb::gui::Translations::install(nb::gui::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Drafts and checks government information disclosure annual reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QCoreApplication::translate("main", "Open FILE."),
                                        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"), QCoreApplication::translate("main", "Open the document read-only."));
    QCommandLineOption quitOption(
        QStringLiteral("quit-when-shown"),
        QStringLiteral("Exit as soon as the window shows the document (benchmarks)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(openOption);
    parser.addOption(langOption);
    parser.addOption(readOnlyOption);
    parser.addOption(quitOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Report to open (.nianbao)."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    if (parser.isSet(langOption))
        nb::gui::Translations::install(parser.value(langOption));

    QString file = parser.value(openOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();

    nb::gui::MainWindow window;
    window.show();
    bool opened = false;
    if (!file.isEmpty()) {
        opened = window.openDocument(file, parser.isSet(readOnlyOption));
    } else {
        const QString last = nb::gui::AppSettings::lastDocument();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = window.openDocument(last);
    }
    const qint64 openedMs = clock.elapsed();
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &app, [&] {
            window.repaint(); // the first complete paint, included in the time
            QTextStream(stdout) << "shown_ms " << clock.elapsed() << " opened_ms " << openedMs << " opened "
                                << (opened ? 1 : 0) << " rss_kb " << peakRssKb() << Qt::endl;
            app.quit(); // no close(): nothing to ask or to remember
        });
    }
    const int rc = app.exec();
    nb::gui::AppSettings::sync();
    return rc;
}
