// Time of one edit in the real main window: type a number into a table-三 cell and press Enter (commit to
// the document file, recompute totals, re-validate, update the findings dock and the marks), then let the
// window repaint. Prints the median and p90 over N edits, for a document file and for an in-memory one.
#include "AppSettings.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "TableEditor.h"
#include "TableView.h"
#include "Translations.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

namespace {
double percentile(QVector<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qBound(0, int(p * (v.size() - 1) + 0.5), int(v.size()) - 1)];
}

QVector<double> measure(nb::gui::MainWindow& w, int edits) {
    w.showSection(QStringLiteral("三"));
    nb::gui::TableView* view = w.tableEditor(QStringLiteral("三"))->view();
    const int cell = w.document()->format().cellIndex(
        QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("自然人"));
    QApplication::processEvents();
    QVector<double> times;
    for (int i = 0; i < edits; ++i) {
        view->selectCell(cell);
        QApplication::processEvents();
        const QByteArray digits = QByteArray::number(i % 7 + 1);
        QElapsedTimer t;
        t.start();
        for (const char c : digits)
            QTest::keyClick(QApplication::focusWidget(), c);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents(); // repaint of what changed
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return times;
}
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int edits = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    QTemporaryDir dir;
    nb::gui::AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    nb::gui::Dialogs::setNonInteractive(true);
    nb::gui::Translations::install(QStringLiteral("zh_CN"));
    QFile json(QStringLiteral(NIANBAO_SAMPLE_JSON));
    nb::Report report;
    QString error;
    if (!json.open(QIODevice::ReadOnly) ||
        !nb::JsonExchange::fromBytes(json.readAll(), nb::FormatRegistry::instance(), &report, &error)) {
        out << "cannot read the sample: " << error << Qt::endl;
        return 2;
    }
    nb::gui::MainWindow w;
    w.resize(1280, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 2;
    if (!w.createDocument(dir.filePath(QStringLiteral("bench.nianbao")), report))
        return 2;
    const QVector<double> file = measure(w, edits);
    w.setDocument(std::make_unique<nb::ReportDocument>(report));
    const QVector<double> memory = measure(w, edits);
    out << QStringLiteral(
               "gui edit (type into a cell + Enter → commit, totals, validation, dock, repaint), %1 edits: "
               "document file median %2 ms (p90 %3 ms); in memory median %4 ms (p90 %5 ms)")
               .arg(edits)
               .arg(percentile(file, 0.5), 0, 'f', 2)
               .arg(percentile(file, 0.9), 0, 'f', 2)
               .arg(percentile(memory, 0.5), 0, 'f', 2)
               .arg(percentile(memory, 0.9), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
