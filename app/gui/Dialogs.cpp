#include "Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace nb::gui {

namespace {
struct SeamState {
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QQueue<QPair<QString, bool>> texts;
    QQueue<std::function<bool(QDialog*)>> dialogHandlers;
    QQueue<std::function<void(QDialog*)>> choiceHandlers;
    bool nonInteractive = false;
    QString lastMessage;
};

SeamState& seam() {
    static SeamState state;
    return state;
}

QMessageBox::StandardButton showBox(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) {
    seam().lastMessage = text;
    if (!seam().answers.isEmpty())
        return seam().answers.dequeue();
    if (seam().nonInteractive)
        return defaultButton == QMessageBox::NoButton ? QMessageBox::Ok : defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton) {
    return showBox(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text) {
    showBox(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    showBox(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QString Dialogs::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter) {
    if (!seam().fileNames.isEmpty())
        return seam().fileNames.dequeue();
    if (seam().nonInteractive)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList Dialogs::getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                      const QString& filter) {
    if (!seam().fileNames.isEmpty()) {
        const QString next = seam().fileNames.dequeue();
        return next.isEmpty() ? QStringList() : QStringList{next};
    }
    if (seam().nonInteractive)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Dialogs::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter) {
    if (!seam().fileNames.isEmpty())
        return seam().fileNames.dequeue();
    if (seam().nonInteractive)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

bool Dialogs::getText(QWidget* parent, const QString& title, const QString& label, QString* text) {
    if (!seam().texts.isEmpty()) {
        const auto next = seam().texts.dequeue();
        if (next.second)
            *text = next.first;
        return next.second;
    }
    if (seam().nonInteractive)
        return false;
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    if (ok)
        *text = answer;
    return ok;
}

bool Dialogs::getMultiLineText(QWidget* parent, const QString& title, const QString& label, QString* text) {
    if (!seam().texts.isEmpty()) {
        const auto next = seam().texts.dequeue();
        if (next.second)
            *text = next.first;
        return next.second;
    }
    if (seam().nonInteractive)
        return false;
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, *text, &ok);
    if (ok)
        *text = answer;
    return ok;
}

int Dialogs::execChoice(QDialog* dialog, int defaultChoice) {
    if (!seam().choiceHandlers.isEmpty()) {
        dialog->setResult(QDialog::Rejected);
        seam().choiceHandlers.dequeue()(dialog);
        return dialog->result();
    }
    if (seam().nonInteractive)
        return defaultChoice;
    return dialog->exec();
}

bool Dialogs::exec(QDialog* dialog) {
    if (!seam().dialogHandlers.isEmpty())
        return seam().dialogHandlers.dequeue()(dialog);
    if (seam().nonInteractive)
        return false;
    return dialog->exec() == QDialog::Accepted;
}

void Dialogs::setNextDialogHandler(const std::function<bool(QDialog*)>& handler) {
    seam().dialogHandlers.enqueue(handler);
}

void Dialogs::setNextChoiceHandler(const std::function<void(QDialog*)>& handler) {
    seam().choiceHandlers.enqueue(handler);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer) {
    seam().answers.enqueue(answer);
}
void Dialogs::setNextFileName(const QString& fileName) {
    seam().fileNames.enqueue(fileName);
}
void Dialogs::setNextText(const QString& text, bool accepted) {
    seam().texts.enqueue({text, accepted});
}
void Dialogs::setNonInteractive(bool on) {
    seam().nonInteractive = on;
}
QString Dialogs::lastMessage() {
    return seam().lastMessage;
}
void Dialogs::clearLastMessage() {
    seam().lastMessage.clear();
}

} // namespace nb::gui
