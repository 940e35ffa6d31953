#include "StatusLabels.h"

#include "SaveIndicator.h"

#include "document/ReportDocument.h"
#include "rules/RuleEngine.h"

#include <QLabel>
#include <QStatusBar>

namespace nb::gui {

StatusLabels::StatusLabels(QStatusBar* bar)
    : QObject(bar)
    , m_countsLabel(new QLabel(bar))
    , m_readOnlyLabel(new QLabel(bar)) {
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    auto* savedLabel = new QLabel(bar);
    savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_saveIndicator = new SaveIndicator(savedLabel, this);
    bar->addPermanentWidget(savedLabel);
    bar->addPermanentWidget(m_readOnlyLabel);
    bar->addPermanentWidget(m_countsLabel);
}

QString StatusLabels::countsText() const {
    return m_countsLabel->text();
}

void StatusLabels::update(const ReportDocument* document) {
    m_saveIndicator->refresh();
    if (!document) {
        m_countsLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const int errors = RuleEngine::errorCount(document->findings());
    const int warnings = RuleEngine::warningCount(document->findings());
    m_countsLabel->setText(tr("Errors: %1   Warnings: %2").arg(errors).arg(warnings));
    m_readOnlyLabel->setText(document->isReadOnly() ? tr("Read-only") : QString());
}

} // namespace nb::gui
