#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace nb {
class ReportDocument;
}

namespace nb::gui {

class SaveIndicator;

/// The status bar's permanent labels: the "saved" note (SaveIndicator), 只读 for a read-only document and
/// the error and warning counts.
class StatusLabels : public QObject {
    Q_OBJECT
public:
    explicit StatusLabels(QStatusBar* bar);

    SaveIndicator* saveIndicator() const { return m_saveIndicator; }
    QString countsText() const;
    /// Recomputes every label for document (nullptr: nothing to say).
    void update(const ReportDocument* document);

private:
    QLabel* m_countsLabel;
    QLabel* m_readOnlyLabel;
    SaveIndicator* m_saveIndicator;
};

} // namespace nb::gui
