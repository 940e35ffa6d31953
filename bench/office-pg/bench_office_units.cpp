// Writes COUNT distinct unit documents into DIR (bench/office-pg/run.sh): bench_office_units DIR COUNT PREFIX
#include "OfficeUnitFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: bench_office_units DIR COUNT PREFIX\n";
        return 2;
    }
    QDir().mkpath(args.at(1));
    QString error;
    const QStringList files = nbtest::makeUnitFiles(args.at(1), args.at(2).toInt(), args.at(3), &error);
    if (files.isEmpty()) {
        err << error << "\n";
        return 1;
    }
    return 0;
}
