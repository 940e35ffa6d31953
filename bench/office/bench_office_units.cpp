// Writes N generated unit documents (gov-2021, one year, every input cell filled with a pseudo-random
// value, totals computed) into a folder, for bench/office/run.sh.
//   bench_office_units FOLDER [N=1000] [YEAR=2025]
#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "rules/RuleEngine.h"
#include "storage/DocumentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTextStream>

using namespace nb;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: bench_office_units FOLDER [N] [YEAR]\n";
        return 2;
    }
    const QDir dir(args.at(1));
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "cannot create " << dir.path() << "\n";
        return 2;
    }
    const int n = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int year = args.size() > 3 ? args.at(3).toInt() : 2025;
    const FormatPtr format = FormatRegistry::instance().format(QStringLiteral("gov-2021"));
    QRandomGenerator rng(2025);
    for (int i = 0; i < n; ++i) {
        Report r =
            Report::create(format, year, QStringLiteral("第%1单位").arg(i + 1, 4, 10, QLatin1Char('0')),
                           AgencyKind::Department);
        for (const CellDef& d : format->cells()) {
            if (d.computed)
                continue;
            r.cells[d.index] = d.type == CellType::Amount
                                   ? CellValue::fromScaled(qint64(rng.bounded(100000000u)), 2)
                                   : CellValue::fromUnits(qint64(rng.bounded(200u)));
        }
        RuleEngine::computeTotals(r);
        QString error;
        const QString path =
            dir.filePath(QStringLiteral("unit-%1.nianbao").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (!DocumentStore::create(path, r, &error)) {
            err << path << ": " << error << "\n";
            return 1;
        }
    }
    return 0;
}
