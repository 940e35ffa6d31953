#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

#include "document/ReportDocument.h"

namespace nb::gui {

class SaveIndicator;

/// The status bar's permanent labels: the "saved" note (SaveIndicator), 只读 for a read-only document and
/// the error and warning counts ("2 个错误 · 5 个警告（3 个已说明）"), updated when an explanation changes
/// too.
class StatusLabels : public QObject {
    Q_OBJECT
public:
    explicit StatusLabels(QStatusBar* bar);

    SaveIndicator* saveIndicator() const { return m_saveIndicator; }
    QString countsText() const;
    /// Recomputes every label for document (nullptr: nothing to say).
    void update(const ReportDocument* document);

private:
    QPointer<const ReportDocument> m_document; ///< whose explanationsChanged is followed
    QMetaObject::Connection m_explanationsConnection;
    QLabel* m_countsLabel;
    QLabel* m_readOnlyLabel;
    SaveIndicator* m_saveIndicator;
};

} // namespace nb::gui
