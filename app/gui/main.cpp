// nianbao: the desktop workbench. Usage: nianbao [--lang zh_CN|en] [--read-only] [[--open] FILE]
// Hidden test option --quit-when-shown: show the window, open FILE, print "opened 1" (or "opened 0") and quit
// by itself. The start checks use it (.ci/check-no-network.sh, .ci/package-check.sh, docs/testing.md); it
// measures nothing.
#include "AppSettings.h"
#include "FormatProblemsDialog.h"
#include "MainWindow.h"
#include "StatusIcons.h"
#include "Translations.h"

#include "format/FormatRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[]) {
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
    parser.addOption(openOption);
    parser.addOption(langOption);
    QCommandLineOption quitOption(QStringLiteral("quit-when-shown"),
                                  QStringLiteral("Quit once the window shows the document (start checks)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
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
    // A broken user format file, or two formats claiming the same years: say so beside the window (not a
    // blocker; the program works without the broken file).
    nb::gui::FormatProblemsDialog::showIfProblems(&window, nb::FormatRegistry::instance());
    bool opened = false;
    if (!file.isEmpty()) {
        opened = window.openDocument(file, parser.isSet(readOnlyOption));
    } else {
        const QString last = nb::gui::AppSettings::lastDocument();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = window.openDocument(last);
    }
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &app, [&] {
            window.repaint(); // the first complete paint happened
            QTextStream(stdout) << "opened " << (opened ? 1 : 0) << Qt::endl;
            app.quit(); // no close(): nothing to ask or to remember
        });
    }
    const int rc = app.exec();
    nb::gui::AppSettings::sync();
    return rc;
}
