#pragma once

#include <QDate>
#include <QObject>

class QDateEdit;

namespace nb::gui {

/// A date field whose blank is a special value (the minimum date shown as “not set”): its calendar popup
/// opens on today's month instead of the month of that special value (January 2000).
class BlankDatePicker : public QObject {
    Q_OBJECT
public:
    /// Watches edit's calendar popup; blank is the date that stands for “not set”.
    static BlankDatePicker* install(QDateEdit* edit, const QDate& blank);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    BlankDatePicker(QDateEdit* edit, const QDate& blank);

    QDateEdit* m_edit;
    QDate m_blank;
};

} // namespace nb::gui
