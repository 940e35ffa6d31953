#include "OfficeDeadline.h"

#include <QCoreApplication>

namespace nb::gui {

QDate OfficeDeadline::date(int reportYear, AgencyKind kind) {
    return QDate(reportYear + 1, kind == AgencyKind::Government ? 3 : 1, 31);
}

QString OfficeDeadline::countdownText(const QDate& deadline, const QDate& today) {
    const qint64 days = daysLeft(deadline, today);
    if (days == 0)
        return QCoreApplication::translate("nb::gui::OfficeDeadline", "due today");
    if (days > 0)
        return QCoreApplication::translate("nb::gui::OfficeDeadline", "%n day(s) left", nullptr, int(days));
    return QCoreApplication::translate("nb::gui::OfficeDeadline", "%n day(s) overdue", nullptr, int(-days));
}

} // namespace nb::gui
