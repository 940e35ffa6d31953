#include "FinalCopyActions.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "TableEditor.h"

#include "storage/DocumentLock.h"

#include <QAction>
#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace nb::gui {

FinalCopyActions* FinalCopyActions::install(QMenu* fileMenu, MainWindow* window) {
    return new FinalCopyActions(fileMenu, window);
}

FinalCopyActions::FinalCopyActions(QMenu* fileMenu, MainWindow* window)
    : QObject(window)
    , m_window(window) {
    setObjectName(QStringLiteral("finalCopyActions"));
    // File → Finalize (定稿)… and Return to Draft…, before File → Close (or at the end).
    m_finalize = new QAction(tr("Finali&ze (定稿)…"), window);
    m_finalize->setObjectName(QStringLiteral("actionFinalize"));
    m_finalize->setStatusTip(
        tr("Make this report a final copy: no more changes, a fingerprint to check it by"));
    m_draft = new QAction(tr("Return to &Draft…"), window);
    m_draft->setObjectName(QStringLiteral("actionReturnToDraft"));
    QAction* before = nullptr;
    for (QAction* a : fileMenu->actions()) {
        if (a->objectName() == QLatin1String("actionClose"))
            before = a;
    }
    fileMenu->insertAction(before, m_finalize);
    fileMenu->insertAction(before, m_draft);
    fileMenu->insertSeparator(before);
    connect(m_finalize, &QAction::triggered, this, [this] { finalize(); });
    connect(m_draft, &QAction::triggered, this, [this] { returnToDraft(); });

    // The banner above the navigator and the editors of a final copy.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("finalCopyBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6)); // the light yellow of a note
    palette.setColor(QPalette::WindowText, QColor(0x5A, 0x3E, 0x00));
    m_banner->setPalette(palette);
    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(m_banner);
    m_label->setObjectName(QStringLiteral("finalCopyBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint can be copied
    layout->addWidget(m_label, 1);
    m_banner->hide();
    if (auto* page = window->findChild<QWidget*>(QStringLiteral("documentPage"))) {
        if (auto* box = qobject_cast<QBoxLayout*>(page->layout()))
            box->insertWidget(0, m_banner);
    }

    connect(window->session(), &DocumentSession::documentChanged, this, &FinalCopyActions::documentShown);
    documentShown();
}

void FinalCopyActions::documentShown() {
    if (ReportDocument* doc = m_window->document())
        connect(doc, &ReportDocument::finalStateChanged, this, &FinalCopyActions::update,
                Qt::UniqueConnection);
    update();
}

QString FinalCopyActions::bannerText() const {
    return m_banner->isHidden() ? QString() : m_label->text();
}

QString FinalCopyActions::printableFingerprint(MainWindow* window) {
    const ReportDocument* doc = window->document();
    if (!doc || !doc->isFinal())
        return QString();
    const QString stored = doc->finalState().fingerprint;
    return doc->fingerprint() == stored ? stored : QString(); // an altered copy prints no 校验码
}

void FinalCopyActions::update() {
    ReportDocument* doc = m_window->document();
    const bool hasFile = doc && doc->hasFile();
    const bool isFinal = doc && doc->isFinal();
    const bool storeWritable = hasFile && !doc->store()->isReadOnly();
    m_finalize->setEnabled(storeWritable && !isFinal);
    m_draft->setEnabled(storeWritable && isFinal);
    if (!isFinal) {
        m_banner->hide();
        applyReadOnly();
        return;
    }
    const FinalState state = doc->finalState();
    const QString who = state.by.isEmpty() ? tr("(name not given)") : state.by;
    const QString when = QLocale().toString(state.at.toLocalTime(), QLocale::ShortFormat);
    QString text;
    QString problem;
    if (doc->fingerprint() != state.fingerprint) {
        text =
            tr("定稿 — final copy, ALTERED: its content no longer matches the fingerprint %1 given when %2 "
               "finalized it on %3. Do not send it; ask for a new final copy.")
                .arg(state.fingerprint, who, when);
    } else if (!doc->store()->checkHistoryChain(&problem)) {
        text = tr("定稿 — final copy, ALTERED: %1").arg(problem);
    } else {
        text = tr("定稿 — final copy, finalized by %1 on %2. It cannot be changed (File → Return to Draft…). "
                  "Fingerprint (校验码): %3")
                   .arg(who, when, state.fingerprint);
    }
    m_label->setText(text);
    m_banner->show();
    applyReadOnly();
}

void FinalCopyActions::applyReadOnly() {
    ReportDocument* doc = m_window->document();
    if (!doc || !m_window->metadataForm())
        return;
    const bool readOnly = doc->isReadOnly();
    m_window->metadataForm()->setReadOnly(readOnly);
    for (const QString& id : m_window->sectionOrder()) {
        if (TableEditor* table = m_window->tableEditor(id))
            table->setReadOnly(readOnly);
        else if (NarrativeEditor* narrative = m_window->narrativeEditor(id))
            narrative->setReadOnly(readOnly);
    }
}

bool FinalCopyActions::finalize() {
    ReportDocument* doc = m_window->document();
    if (!doc || !doc->hasFile() || doc->isFinal())
        return false;
    m_window->flushEdits();
    QString by = DocumentLock::currentUserName();
    if (!Dialogs::getText(m_window, tr("Finalize (定稿)"),
                          tr("After finalizing, the report cannot be changed until it is returned to draft "
                             "with a reason. Finalized by:"),
                          &by))
        return false;
    QString fingerprint;
    QString error;
    if (!doc->finalize(by, &fingerprint, &error)) {
        Dialogs::warning(m_window, tr("Finalize (定稿)"), error);
        return false;
    }
    m_window->undoStack()->clear(); // nothing of the draft can be undone in a final copy
    m_window->showStatusMessage(tr("Finalized. Fingerprint (校验码): %1").arg(fingerprint), false);
    return true;
}

bool FinalCopyActions::returnToDraft() {
    ReportDocument* doc = m_window->document();
    if (!doc || !doc->isFinal())
        return false;
    QString reason;
    if (!Dialogs::getText(
            m_window, tr("Return to Draft"),
            tr("Why does the final copy go back to draft? (Written to the document's edit log.)"), &reason))
        return false;
    QString error;
    if (!doc->returnToDraft(reason, DocumentLock::currentUserName(), &error)) {
        Dialogs::warning(m_window, tr("Return to Draft"), error);
        return false;
    }
    m_window->showStatusMessage(tr("The report is a draft again."), false);
    return true;
}

} // namespace nb::gui
