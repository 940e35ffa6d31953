#pragma once

#include "model/Report.h"

#include <QDate>
#include <QString>

namespace nb::gui {

/// The legal deadlines the office works to (条例第四十九条): a 部门 reports to the office by 1月31日, the
/// 人民政府's own report is published by 3月31日, both of the year after the report year. Pure functions of
/// a date so that the window's clock can be replaced in tests.
class OfficeDeadline {
public:
    static QDate date(int reportYear, AgencyKind kind);
    /// Days from today to deadline: positive = still to go, 0 = today, negative = overdue.
    static qint64 daysLeft(const QDate& deadline, const QDate& today) { return today.daysTo(deadline); }
    /// "还有 12 天" / "今天截止" / "已逾期 3 天".
    static QString countdownText(const QDate& deadline, const QDate& today);
};

} // namespace nb::gui
