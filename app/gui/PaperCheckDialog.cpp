#include "PaperCheckDialog.h"

#include "AppSettings.h"
#include "Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace nb::gui {

namespace {
QString outputName(const QString& kind) {
    if (kind == QLatin1String("print"))
        return PaperCheckDialog::tr("Print");
    if (kind == QLatin1String("preview"))
        return PaperCheckDialog::tr("Print Preview");
    return PaperCheckDialog::tr("Export %1").arg(kind.toUpper());
}
} // namespace

PaperCheckDialog::PaperCheckDialog(const OpenProblems& problems, const QString& kind, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("paperCheckDialog"));
    setWindowTitle(outputName(kind));
    QStringList lines;
    // Only what is open is named: "2 errors", "3 unexplained warnings", or both.
    const QString errors = tr("%n error(s)", nullptr, problems.errors);
    const QString warnings = tr("%n unexplained warning(s)", nullptr, problems.unexplainedWarnings);
    if (problems.errors > 0 && problems.unexplainedWarnings > 0)
        lines << tr("This report still has %1 and %2.").arg(errors, warnings);
    else if (problems.errors > 0 || problems.unexplainedWarnings > 0)
        lines << tr("This report still has %1.").arg(problems.errors > 0 ? errors : warnings);
    if (!problems.emptySections.isEmpty())
        lines << tr("Empty: %1.").arg(problems.emptySections.join(tr(", ")));
    lines << tr("Look at the problems first, or continue anyway?");
    m_summary = lines.join(QLatin1Char('\n'));

    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto* text = new QLabel(m_summary, this);
    // Wide enough that a sentence is not broken after every few characters of Chinese.
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    text->setObjectName(QStringLiteral("paperCheckText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(text, 1);
    layout->addLayout(row);
    if (supportsWatermark(kind)) {
        m_draft = new QCheckBox(tr("Mark as draft (草稿 watermark)"), this);
        m_draft->setObjectName(QStringLiteral("draftCheck"));
        m_draft->setChecked(problems.errors > 0 && AppSettings::draftWhenErrors());
        layout->addWidget(m_draft);
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* show = buttons->addButton(tr("Show the problems"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showProblemsButton"));
    QPushButton* go = buttons->addButton(tr("Continue anyway"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("continueButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    go->setDefault(true);
    connect(show, &QPushButton::clicked, this, [this] { done(ShowProblems); });
    connect(go, &QPushButton::clicked, this, [this] { done(Continue); });
    connect(cancel, &QPushButton::clicked, this, [this] { done(Cancel); });
    layout->addWidget(buttons);
}

PaperCheckDialog::~PaperCheckDialog() = default;

bool PaperCheckDialog::draftWatermark() const {
    return m_draft && m_draft->isChecked();
}

QString PaperCheckDialog::summary() const {
    return m_summary;
}

bool PaperCheckDialog::supportsWatermark(const QString& kind) {
    return kind != QLatin1String("csv") && kind != QLatin1String("json");
}

PaperCheckDialog::Choice PaperCheckDialog::confirm(QWidget* parent, const Report& report,
                                                   const Findings& findings, const QString& kind,
                                                   ExportOptions* options) {
    const OpenProblems problems = OpenProblems::of(report, findings);
    if (!problems.any())
        return Continue;
    PaperCheckDialog dialog(problems, kind, parent);
    const int choice = Dialogs::execChoice(&dialog, Continue);
    if (choice == Continue && options)
        options->draftWatermark = options->draftWatermark || dialog.draftWatermark();
    return choice == Continue ? Continue : (choice == ShowProblems ? ShowProblems : Cancel);
}

} // namespace nb::gui
