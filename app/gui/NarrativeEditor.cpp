#include "NarrativeEditor.h"

#include "AppSettings.h"
#include "FindingsDock.h"
#include "HeadingHighlighter.h"
#include "KeptParagraphs.h"
#include "NarrativeTextEdit.h"
#include "PhraseLibrary.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace nb::gui {

NarrativeEditor::NarrativeEditor(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                                 bool optionalText, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_edits(edits)
    , m_sectionId(sectionId)
    , m_optional(optionalText) {
    setObjectName(QStringLiteral("narrativeEditor_") + sectionId);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(optionalText ? 0 : 9, optionalText ? 4 : 9, optionalText ? 0 : 9,
                               optionalText ? 0 : 9);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * (optionalText ? 1.0 : 1.25));
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setVisible(!optionalText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    m_phrasesButton = new QToolButton(this);
    m_phrasesButton->setObjectName(QStringLiteral("insertPhraseButton"));
    m_phrasesButton->setPopupMode(QToolButton::InstantPopup);
    m_phrasesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_phraseMenu = new QMenu(m_phrasesButton);
    m_phrasesButton->setMenu(m_phraseMenu);
    connect(m_phraseMenu, &QMenu::aboutToShow, this, &NarrativeEditor::rebuildPhraseMenu);
    bar->addWidget(m_phrasesButton);
    layout->addLayout(bar);
    layout->addWidget(m_hint);

    m_edit = new NarrativeTextEdit(this);
    m_edit->setObjectName(QStringLiteral("narrativeText_") + sectionId);
    new HeadingHighlighter(m_edit->document());
    m_heading->setBuddy(m_edit);
    layout->addWidget(m_edit, 1);
    setTabOrder(m_edit, m_phrasesButton); // Tab from the navigator lands in the text first

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_count);

    m_edit->setPlainText(document->report().narratives.value(sectionId));
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &NarrativeEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NarrativeEditor::onTextChanged);
    connect(m_edit, &NarrativeTextEdit::focusLost, this, &NarrativeEditor::flush);
    connect(document, &ReportDocument::narrativeChanged, this, &NarrativeEditor::onDocumentChanged);
    // Paragraphs kept from last year on purpose: marked in the margin, (un)marked from the context menu.
    const auto showKept = [this] {
        m_edit->setKeptParagraphs(m_document->report().keptParagraphs.value(m_sectionId));
    };
    connect(document, &ReportDocument::keptParagraphsChanged, this, showKept);
    showKept();
    connect(m_edit, &NarrativeTextEdit::contextMenuAboutToShow, this, [this](QMenu* menu, int blockNumber) {
        flush(); // the paragraph numbers of the document are those of the text on screen
        const int paragraph =
            KeptParagraphs::paragraphOfBlock(m_edit->document()->findBlockByNumber(blockNumber));
        KeptParagraphs::addActions(menu, m_document, m_edits, m_sectionId, paragraph, {},
                                   [this](const QString& error) { emit message(error, true); });
    });
    setEditorFont(AppSettings::font(FontRole::Body));
    retranslate();
    updateCount();
}

void NarrativeEditor::retranslate() {
    const SectionDef* section = m_document->format().section(m_sectionId);
    const QString heading = FindingsDock::sectionTitle(m_document, m_sectionId);
    // The mnemonic makes the text box reachable with Alt+N from anywhere in the section.
    m_heading->setText(m_optional ? tr("&Notes to this table (optional)") : heading);
    if (!m_optional)
        m_heading->setText(tr("%1 (&N)").arg(heading));
    m_hint->setText(section ? section->hint : QString());
    m_phrasesButton->setText(tr("&Insert phrase"));
    m_phrasesButton->setToolTip(tr("Insert a standard phrase at the cursor"));
    m_edit->setAccessibleName(m_optional ? tr("Notes to table %1").arg(m_sectionId) : heading);
    m_edit->setPlaceholderText(m_optional ? tr("Optional text printed below the table.")
                                          : tr("Type the paragraphs of this section. Start a heading with "
                                               "一、 （一） 1. or （1）."));
    updateCount();
}

void NarrativeEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NarrativeEditor::setEditorFont(const QFont& font) {
    // Same families as the printed body text, at a comfortable screen size.
    m_baseFont = font;
    QFont f = font;
    f.setPointSizeF(qBound(9.0, font.pointSizeF() * 0.75, 16.0) * m_zoom);
    m_edit->setFont(f);
}

void NarrativeEditor::setZoom(double factor) {
    if (qFuzzyCompare(factor, m_zoom))
        return;
    m_zoom = factor;
    setEditorFont(m_baseFont);
}

void NarrativeEditor::onTextChanged() {
    updateCount();
    if (m_updating)
        return;
    m_commitTimer.start(kCommitDelayMs);
    setPending(true);
}

void NarrativeEditor::setPending(bool pending) {
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit pendingChanged();
}

void NarrativeEditor::flush() {
    m_commitTimer.stop();
    if (!m_pending)
        return;
    // Still pending while the write runs: "saved" is only said once the text is in the file.
    const QString text = m_edit->toPlainText();
    QString error;
    if (text != m_document->report().narratives.value(m_sectionId) &&
        !m_edits->setNarrative(m_sectionId, text, &error)) {
        m_commitError = error.isEmpty() ? tr("The text could not be stored.") : error;
        const SectionDef* section = m_document->format().section(m_sectionId);
        emit message(tr("The text of “%1” could not be saved: %2")
                         .arg(section ? section->heading : m_sectionId, m_commitError),
                     true);
        emit commitFailed(m_commitError);
        m_commitTimer.start(kRetryDelayMs); // stored as soon as saving works again
        return;
    }
    m_commitError.clear();
    setPending(false);
}

void NarrativeEditor::onDocumentChanged(const QString& section) {
    if (section != m_sectionId || m_pending)
        return;
    const QString text = m_document->report().narratives.value(m_sectionId);
    if (text == m_edit->toPlainText())
        return;
    const int position = m_edit->textCursor().position();
    m_updating = true;
    m_edit->setPlainText(text);
    m_updating = false;
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    m_edit->setTextCursor(cursor);
}

void NarrativeEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
    m_phrasesButton->setEnabled(!readOnly);
}

int NarrativeEditor::countCharacters(const QString& text) {
    int n = 0;
    for (const QChar c : text)
        if (!c.isSpace())
            ++n;
    return n;
}

int NarrativeEditor::characterCount() const {
    return countCharacters(m_edit->toPlainText());
}

void NarrativeEditor::updateCount() {
    m_count->setText(tr("%n character(s)", nullptr, characterCount()));
}

void NarrativeEditor::insertPhrase(const QString& text) {
    QTextCursor cursor = m_edit->textCursor();
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void NarrativeEditor::rebuildPhraseMenu() {
    m_phraseMenu->clear();
    bool userSeparator = false;
    for (const PhraseLibrary::Phrase& p : PhraseLibrary::forSection(m_sectionId)) {
        if (p.user && !userSeparator) {
            m_phraseMenu->addSection(tr("My phrases"));
            userSeparator = true;
        }
        QAction* a = m_phraseMenu->addAction(p.label);
        a->setToolTip(p.text);
        const QString text = p.text;
        connect(a, &QAction::triggered, this, [this, text] { insertPhrase(text); });
    }
    m_phraseMenu->addSeparator();
    QAction* add = m_phraseMenu->addAction(tr("Add the selected text to my phrases"));
    add->setEnabled(m_edit->textCursor().hasSelection());
    connect(add, &QAction::triggered, this, [this] {
        QString selected = m_edit->textCursor().selectedText();
        selected.replace(QChar(0x2029), QLatin1Char('\n'));
        QStringList phrases = AppSettings::userPhrases();
        if (!selected.trimmed().isEmpty() && !phrases.contains(selected)) {
            phrases << selected;
            AppSettings::setUserPhrases(phrases);
        }
    });
    m_phraseMenu->addAction(tr("&Edit my phrases…"), this, &NarrativeEditor::editUserPhrases);
}

void NarrativeEditor::editUserPhrases() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("My phrases"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(tr("One phrase per line:"), &dialog);
    auto* edit = new QPlainTextEdit(&dialog);
    label->setBuddy(edit);
    edit->setPlainText(AppSettings::userPhrases().join(QLatin1Char('\n')));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList phrases;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            phrases << line.trimmed();
    AppSettings::setUserPhrases(phrases);
}

} // namespace nb::gui
