#pragma once

#include <QList>
#include <QWidget>

#include "domain/post.h"
#include "uicontext.h"

namespace Bfs::Ui {

// One page of the main window's sidebar. Pages load their data on the
// database pool when refresh() is called (when shown, and when the data
// changed elsewhere) and never block the UI thread. Designed as a base.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(const UiContext &context, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(Page)

    // Stable, untranslated name used by --page and the saved last page.
    virtual QString pageKey() const = 0;
    virtual QString title() const = 0;

    // Statuses whose post count the sidebar shows beside the title.
    virtual QList<PostStatus> countedStatuses() const { return {}; }

    // Loads the page's data again; called when shown and when data changed.
    virtual void refresh() {}

signals:
    // Asks the main window to show another page, e.g. from a banner.
    void navigateRequested(const QString &pageKey);
    // A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    const UiContext &context() const { return m_context; }

private:
    UiContext m_context;
};

// A page another issue fills in later (e.g. Videos); says so plainly.
class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const UiContext &context,
                    const QString &key,
                    const QString &title,
                    const QList<PostStatus> &statuses,
                    QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(PlaceholderPage)

    QString pageKey() const override { return m_key; }

    QString title() const override { return m_title; }

    QList<PostStatus> countedStatuses() const override { return m_statuses; }

private:
    QString m_key;
    QString m_title;
    QList<PostStatus> m_statuses;
};

} // namespace Bfs::Ui
