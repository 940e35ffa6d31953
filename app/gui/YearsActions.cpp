#include "YearsActions.h"

#include "ComparisonView.h"
#include "ConvertDialog.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "FileCommands.h"
#include "KeptParagraphs.h"
#include "MainWindow.h"

#include "carryover/CarryOver.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace nb::gui {

void YearsActions::install(QMenu* fileMenu, QMenu* toolsMenu, MainWindow* window) {
    // File → New Report from Last Year's…, right after File → New Report….
    auto* carryAction = new QAction(tr("New Report from Las&t Year's…"), window);
    carryAction->setObjectName(QStringLiteral("actionCarryOver"));
    QObject::connect(carryAction, &QAction::triggered, window, [window] { carryOver(window); });
    const QList<QAction*> fileActions = fileMenu->actions();
    QAction* before = nullptr; // the entry after File → New Report… (nullptr: append)
    for (qsizetype i = 0; i + 1 < fileActions.size(); ++i) {
        if (fileActions.at(i)->objectName() == QLatin1String("actionNew"))
            before = fileActions.at(i + 1);
    }
    fileMenu->insertAction(before, carryAction);

    QMenu* menu = toolsMenu;
    menu->addSeparator();
    QAction* compareAction =
        menu->addAction(tr("Co&mpare with Another Year…"), window, [window] { compare(window); });
    compareAction->setObjectName(QStringLiteral("actionCompareYears"));
    QAction* convertAction =
        menu->addAction(tr("Con&vert to Another Format…"), window, [window] { convert(window); });
    convertAction->setObjectName(QStringLiteral("actionConvertFormat"));
    QObject::connect(menu, &QMenu::aboutToShow, window, [window, compareAction, convertAction] {
        compareAction->setEnabled(window->document() != nullptr);
        convertAction->setEnabled(window->document() != nullptr);
    });

    // A narrative_copied finding of the checks panel can be marked as kept on purpose (and unmarked).
    KeptParagraphs::installOn(window->findingsDock(), window->session(), [window] { window->flushEdits(); });
}

void YearsActions::compare(MainWindow* window) {
    if (!window->document())
        return;
    window->flushEdits();
    auto* view = new ComparisonView(window->document()->report(), window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    view->chooseOther();
}

void YearsActions::convert(MainWindow* window) {
    if (!window->document())
        return;
    window->flushEdits();
    ConvertDialog dialog(window->document()->report(), window);
    if (!dialog.hasTargets()) {
        Dialogs::information(window, tr("Convert to Another Format"),
                             tr("There is no other format to convert to."));
        return;
    }
    if (Dialogs::exec(&dialog) && !dialog.createdPath().isEmpty())
        window->openDocument(dialog.createdPath());
}

void YearsActions::carryOver(MainWindow* window) {
    const QString title = tr("New Report from Last Year's");
    const QString last = Dialogs::getOpenFileName(
        window, tr("Choose Last Year's Report"), QString(),
        tr("Reports (*.nianbao *.pdf *.docx *.odt *.html *.htm *.txt *.json);;All files (*)"));
    if (last.isEmpty())
        return;
    Report lastReport;
    QString error;
    if (!DocumentActions::readAny(last, &lastReport, &error)) {
        Dialogs::warning(window, title, error);
        return;
    }
    const CarryOver::Result result = CarryOver::fromReport(lastReport, FormatRegistry::instance());
    if (!result.ok) {
        Dialogs::warning(window, title, result.error);
        return;
    }
    const QString suggested = QFileInfo(last).dir().filePath(
        QStringLiteral("%1%2.nianbao").arg(result.report.agency).arg(result.report.year));
    const QString path = Dialogs::getSaveFileName(window, tr("Save the New Report"), suggested,
                                                  tr("Nianbao documents (*.nianbao)"));
    if (path.isEmpty() || !window->fileCommands()->create(path, result.report))
        return;
    QString text = tr("The report for %1 was started from last year's report: %n cell(s) carried over, the "
                      "text copied as a draft.",
                      nullptr, result.carriedCells)
                       .arg(result.report.year);
    if (!result.warnings.isEmpty())
        text += QStringLiteral("\n\n") + result.warnings.join(QLatin1Char('\n'));
    Dialogs::information(window, title, text);
}

} // namespace nb::gui
