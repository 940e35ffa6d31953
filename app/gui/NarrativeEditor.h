#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class QMenu;

namespace nb {
class ReportDocument;
class EditCommands;
} // namespace nb

namespace nb::gui {

class NarrativeTextEdit;

/// Editor of one narrative section (一、五、六, or the optional free text of a table section): paragraphs
/// typed as in Word, heading levels shown, a character count, standard phrases to insert. Text is
/// committed to the document after a short pause, when focus leaves, or on flush().
class NarrativeEditor : public QWidget {
    Q_OBJECT
public:
    NarrativeEditor(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                    bool optionalText, QWidget* parent = nullptr);

    QString sectionId() const { return m_sectionId; }
    NarrativeTextEdit* textEdit() const { return m_edit; }
    /// Commits pending typing now (before undo, switching sections, closing).
    void flush();
    /// Typing not yet committed to the document.
    bool hasPendingEdit() const { return m_pending; }
    void setReadOnly(bool readOnly);
    int characterCount() const;
    /// Characters as Chinese offices count them: everything except white space.
    static int countCharacters(const QString& text);
    void insertPhrase(const QString& text);
    void setEditorFont(const QFont& font);

signals:
    void message(const QString& text, bool isError);
    /// hasPendingEdit() changed.
    void pendingChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onTextChanged();
    void onDocumentChanged(const QString& section);
    void rebuildPhraseMenu();
    void editUserPhrases();
    void updateCount();

    ReportDocument* m_document;
    EditCommands* m_edits;
    QString m_sectionId;
    bool m_optional;
    NarrativeTextEdit* m_edit = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_phrasesButton = nullptr;
    QMenu* m_phraseMenu = nullptr;
    QTimer m_commitTimer;
    bool m_updating = false;
    bool m_pending = false;
};

} // namespace nb::gui
