#pragma once

#include <QWidget>

#include "db/database.h"
#include "domain/records.h"

class QTableWidget;

namespace Bfs::Ui {

// The team's offices and brand accounts; unticking "Active" takes one out
// of content generation (saved at once, on the database pool).
class OfficesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OfficesPanel(DatabasePtr database, QWidget *parent = nullptr);

    Q_DISABLE_COPY_MOVE(OfficesPanel)

    void refresh();

private:
    void show(const QList<Office> &offices, const QList<SocialAccount> &accounts);
    void onOfficeChanged(int row);
    void onAccountChanged(int row);

    DatabasePtr m_database;
    QTableWidget *m_offices = nullptr;
    QTableWidget *m_accounts = nullptr;
    QList<Office> m_officeRows;
    QList<SocialAccount> m_accountRows;
    bool m_filling = false;
};

} // namespace Bfs::Ui
