#include "YearsActions.h"

#include "ComparisonView.h"
#include "ConvertDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"

#include <QMenu>

namespace nb::gui {

void YearsActions::install(QMenu* menu, MainWindow* window) {
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

} // namespace nb::gui
