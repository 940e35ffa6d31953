#include "BlankDatePicker.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>

namespace nb::gui {

BlankDatePicker::BlankDatePicker(QDateEdit* edit, const QDate& blank)
    : QObject(edit)
    , m_edit(edit)
    , m_blank(blank) {}

BlankDatePicker* BlankDatePicker::install(QDateEdit* edit, const QDate& blank) {
    auto* picker = new BlankDatePicker(edit, blank);
    // The popup selects the field's date when it opens (the blank's month): turn the page afterwards.
    if (QCalendarWidget* calendar = edit->calendarWidget())
        calendar->installEventFilter(picker);
    return picker;
}

bool BlankDatePicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && m_edit->date() == m_blank) {
        if (auto* calendar = qobject_cast<QCalendarWidget*>(watched)) {
            const QDate today = QDate::currentDate();
            calendar->setCurrentPage(today.year(), today.month());
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nb::gui
