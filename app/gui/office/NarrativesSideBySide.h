#pragma once

#include "model/Report.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace nb::gui {

/// The units' narratives side by side, one section at a time, for the person who writes the government's
/// own report: choose a section, tick the units, read one column per unit (read-only, copyable).
class NarrativesSideBySide : public QWidget {
    Q_OBJECT
public:
    struct Unit {
        QString agency;
        Report report;
    };

    explicit NarrativesSideBySide(QWidget* parent = nullptr);

    /// Replaces the units (every unit ticked); the sections are the narrative sections of their formats.
    void setUnits(const QVector<Unit>& units);
    int unitCount() const { return int(m_units.size()); }
    /// Shows section id ("" = keep the current one).
    void setSection(const QString& sectionId);
    QString currentSection() const;
    /// Ticks exactly the named units.
    void setSelectedUnits(const QStringList& agencies);

    // The columns shown now (tests, copy).
    int columnCount() const { return int(m_columns.size()); }
    QString columnTitle(int column) const;
    QString columnText(int column) const;

    QComboBox* sectionBox() const { return m_section; }
    QListWidget* unitList() const { return m_unitList; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Column {
        QLabel* title = nullptr;
        QPlainTextEdit* text = nullptr;
    };
    void rebuildSections();
    void rebuildColumns();
    void retranslate();

    QVector<Unit> m_units;
    QLabel* m_sectionLabel = nullptr;
    QComboBox* m_section = nullptr;
    QListWidget* m_unitList = nullptr;
    QWidget* m_columnsHost = nullptr;
    QHBoxLayout* m_columnsLayout = nullptr;
    QLabel* m_empty = nullptr;
    QVector<Column> m_columns;
};

} // namespace nb::gui
