#include "office/NarrativesSideBySide.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace nb::gui {

NarrativesSideBySide::NarrativesSideBySide(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_sectionLabel = new QLabel(this);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("narrativeSection"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sectionLabel->setBuddy(m_section);
    top->addWidget(m_sectionLabel);
    top->addWidget(m_section);
    top->addStretch();
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_unitList = new QListWidget(splitter);
    m_unitList->setObjectName(QStringLiteral("narrativeUnits"));
    m_unitList->setMaximumWidth(260);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_columnsHost = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(m_columnsHost);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_columnsLayout->addWidget(m_empty);
    scroll->setWidget(m_columnsHost);
    splitter->addWidget(m_unitList);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_section, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { rebuildColumns(); });
    connect(m_unitList, &QListWidget::itemChanged, this, [this] { rebuildColumns(); });
    retranslate();
}

void NarrativesSideBySide::setUnits(const QVector<Unit>& units) {
    m_units = units;
    const QSignalBlocker block(m_unitList);
    m_unitList->clear();
    for (const Unit& u : m_units) {
        auto* item = new QListWidgetItem(u.agency, m_unitList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    rebuildSections();
    rebuildColumns();
}

void NarrativesSideBySide::rebuildSections() {
    const QString current = currentSection();
    const QSignalBlocker block(m_section);
    m_section->clear();
    QSet<QString> seen;
    for (const Unit& u : m_units) {
        if (!u.report.format)
            continue;
        for (const SectionDef& s : u.report.format->sections()) {
            if (s.kind != SectionKind::Narrative || seen.contains(s.id) || !u.report.sectionShown(s))
                continue;
            seen.insert(s.id);
            m_section->addItem(u.report.sectionHeading(s), s.id);
        }
    }
    const int i = m_section->findData(current);
    m_section->setCurrentIndex(i >= 0 ? i : 0);
}

void NarrativesSideBySide::setSection(const QString& sectionId) {
    const int i = m_section->findData(sectionId);
    if (i >= 0)
        m_section->setCurrentIndex(i);
}

QString NarrativesSideBySide::currentSection() const {
    return m_section->currentData().toString();
}

void NarrativesSideBySide::setSelectedUnits(const QStringList& agencies) {
    {
        const QSignalBlocker block(m_unitList);
        for (int i = 0; i < m_unitList->count(); ++i) {
            QListWidgetItem* item = m_unitList->item(i);
            item->setCheckState(agencies.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    rebuildColumns();
}

void NarrativesSideBySide::rebuildColumns() {
    for (const Column& c : std::as_const(m_columns)) {
        delete c.title->parentWidget();
    }
    m_columns.clear();
    const QString section = currentSection();
    for (int i = 0; i < m_unitList->count() && i < m_units.size(); ++i) {
        if (m_unitList->item(i)->checkState() != Qt::Checked)
            continue;
        const Unit& u = m_units.at(i);
        auto* box = new QWidget(m_columnsHost);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        Column c;
        c.title = new QLabel(u.agency, box);
        c.title->setWordWrap(true);
        QFont f = c.title->font();
        f.setBold(true);
        c.title->setFont(f);
        c.text = new QPlainTextEdit(box);
        c.text->setReadOnly(true);
        c.text->setMinimumWidth(200);
        // The text wraps at the column's width, so a column never scrolls sideways. The text is set once
        // the column is in the layout: laid out while the editor still had its default size, a line wider
        // than that left a horizontal scroll bar showing (with nothing to scroll) after the column widened.
        c.text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        v->addWidget(c.title);
        v->addWidget(c.text, 1);
        m_columnsLayout->addWidget(box, 1);
        c.text->setPlainText(u.report.narratives.value(section));
        m_columns.append(c);
    }
    m_empty->setVisible(m_columns.isEmpty());
}

QString NarrativesSideBySide::columnTitle(int column) const {
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).title->text() : QString();
}

QString NarrativesSideBySide::columnText(int column) const {
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).text->toPlainText() : QString();
}

void NarrativesSideBySide::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NarrativesSideBySide::retranslate() {
    m_sectionLabel->setText(tr("&Section:"));
    m_empty->setText(tr("Tick the units whose text you want to read side by side."));
}

} // namespace nb::gui
