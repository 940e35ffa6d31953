#pragma once

#include <QListWidget>
#include <QPointer>

namespace nb {
class ReportDocument;
}

namespace nb::gui {

/// The navigator on the left: 标题与落款 then the format's sections (一 … 六), one item each, with a status
/// mark (errors, not filled in, warnings, complete) that also goes into the tooltip and the accessible text.
/// Item data: Qt::UserRole = section id ("" for 标题与落款), Qt::UserRole + 1 = StatusIcons::Status.
class SectionNavigator : public QListWidget {
    Q_OBJECT
public:
    explicit SectionNavigator(QWidget* parent = nullptr);

    /// One item per section of document (nullptr: empty); as wide as its longest heading. No signals.
    void setDocument(const ReportDocument* document);
    QString sectionAt(int row) const;
    int rowOf(const QString& sectionId) const;
    /// Recomputes every mark from the document's content and findings.
    void updateMarks();
    /// Translated texts (the 标题与落款 item, the marks).
    void retranslate();

private:
    QPointer<const ReportDocument> m_document;
};

} // namespace nb::gui
