#include "credentialspanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "background.h"
#include "credentialstore.h"
#include "errortext.h"

namespace Bfs::Ui {

namespace {

QString sourceText(CredentialSource source)
{
    switch (source) {
    case CredentialSource::Keychain:
        return CredentialsPanel::tr("stored in the keychain");
    case CredentialSource::Environment:
        return CredentialsPanel::tr("from the environment");
    case CredentialSource::Missing:
        return CredentialsPanel::tr("not set: the offline service is used");
    }
    return {};
}

} // namespace

CredentialsPanel::CredentialsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    int row = 0;
    for (const QString &key : CredentialStore::keys()) {
        auto *name = new QLabel(key, this);
        auto *source = new QLabel(tr("checking…"), this);
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(tr("New secret for %1").arg(key));
        edit->setPlaceholderText(tr("New value"));
        auto *button = new QPushButton(tr("Store"), this);
        button->setAccessibleName(tr("Store the secret for %1").arg(key));
        layout->addWidget(name, row, 0);
        layout->addWidget(source, row, 1);
        layout->addWidget(edit, row, 2);
        layout->addWidget(button, row, 3);
        m_sources.insert(key, source);
        m_edits.insert(key, edit);
        connect(button, &QPushButton::clicked, this, [this, key] { store(key); });
        connect(edit, &QLineEdit::returnPressed, this, [this, key] { store(key); });
        ++row;
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message, row, 0, 1, 4);
    layout->setRowStretch(row + 1, 1);
    layout->setColumnStretch(2, 1);
}

void CredentialsPanel::refresh()
{
    runInBackground(
        this,
        [] {
            CredentialStore store;
            QHash<QString, CredentialSource> sources;
            for (const QString &key : CredentialStore::keys()) {
                sources.insert(key, store.source(key));
            }
            return sources;
        },
        [this](const QHash<QString, CredentialSource> &sources) {
            for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
                if (QLabel *label = m_sources.value(it.key())) {
                    label->setText(sourceText(it.value()));
                }
            }
        });
}

void CredentialsPanel::store(const QString &key)
{
    QLineEdit *edit = m_edits.value(key);
    const QString secret = edit->text();
    edit->clear();
    if (secret.isEmpty()) {
        return;
    }
    runInBackground(
        this,
        [key, secret] { return CredentialStore().write(key, secret); },
        [this, key](const VoidResult &written) {
            m_message->setText(written ? tr("%1 stored in the keychain.").arg(key)
                                       : errorText(written.error()));
            refresh();
        });
}

} // namespace Bfs::Ui
