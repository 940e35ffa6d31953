#include "StatusLabels.h"

#include "SaveIndicator.h"

#include "rules/Explanations.h"
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
    if (document != m_document) { // an explanation changes the counts, not the findings
        disconnect(m_explanationsConnection);
        m_document = document;
        if (document)
            m_explanationsConnection =
                connect(document, &ReportDocument::explanationsChanged, this, [this] { update(m_document); });
    }
    if (!document) {
        m_countsLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    const int errors = RuleEngine::errorCount(document->findings());
    const int warnings = RuleEngine::warningCount(document->findings());
    const int explained = warnings - countUnexplainedWarnings(document->findings(), document->report());
    const QString warningsText = explained > 0
                                     ? tr("%n warning(s) (%1 explained)", nullptr, warnings).arg(explained)
                                     : tr("%n warning(s)", nullptr, warnings);
    m_countsLabel->setText(QStringLiteral("%1 · %2").arg(tr("%n error(s)", nullptr, errors), warningsText));
    m_readOnlyLabel->setText(document->isReadOnly() ? tr("Read-only") : QString());
}

} // namespace nb::gui
