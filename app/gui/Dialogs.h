#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;

class QWidget;

namespace nb::gui {

/// The only way the GUI shows a message box, a file dialog or a text prompt. Tests queue the answers with
/// setNext*() and then no modal dialog opens; what would have been shown is recorded in lastMessage().
class Dialogs {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    /// Empty string = cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                        const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    /// A one-line text prompt; returns false when cancelled.
    static bool getText(QWidget* parent, const QString& title, const QString& label, QString* text);

    /// A multi-line text prompt (an explanation …); returns false when cancelled. Answered by setNextText.
    static bool getMultiLineText(QWidget* parent, const QString& title, const QString& label, QString* text);

    /// Runs a modal dialog of the program (New Report, Preferences …); true when accepted.
    static bool exec(QDialog* dialog);
    /// Runs a modal dialog whose buttons end it with a choice (QDialog::done(code)) and returns that code.
    /// Tests answer it with setNextChoiceHandler (which clicks a button); in non-interactive mode without
    /// a queued handler it returns defaultChoice. Separate from exec()'s queue, so that a test answering
    /// a dialog that comes later (the print preview) is not answered by this one.
    static int execChoice(QDialog* dialog, int defaultChoice);

    // Test seams.
    /// The next exec() calls the handler instead of showing the dialog; its result is exec()'s.
    static void setNextDialogHandler(const std::function<bool(QDialog*)>& handler);
    /// The next execChoice() calls the handler instead of showing the dialog; the result is the code the
    /// handler ended the dialog with (QDialog::result(), 0 = rejected when it ended nothing).
    static void setNextChoiceHandler(const std::function<void(QDialog*)>& handler);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName); ///< "" answers "cancel"
    static void setNextText(const QString& text, bool accepted = true);
    /// When on, a dialog without a queued answer does not open: questions answer their default button,
    /// file dialogs and prompts answer "cancel". Tests turn it on.
    static void setNonInteractive(bool on);
    static QString lastMessage();
    static void clearLastMessage();
};

} // namespace nb::gui
