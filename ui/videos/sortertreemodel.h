#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include "sortersnapshot.h"

namespace Bfs::Ui {

// The Sorter's tree: Post → Release → Office → Platform, with the sorted
// clips under their platform. Every level but a clip takes drops of clip
// ids; a drop it refuses says why through dropRefused(). Moves themselves
// are made by VideoSorter from clipsDropped(). GUI thread only.
class SorterTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Level {
        Post,
        Release,
        Office,
        Platform,
        Clip
    };

    enum Role {
        LevelRole = Qt::UserRole + 1,
        PostIdRole,
        ReleaseIdRole,
        OfficeIdRole,
        PlatformRole,
        ClipIdRole,
    };

    explicit SorterTreeModel(QObject *parent = nullptr);

    Q_DISABLE_COPY_MOVE(SorterTreeModel)

    void setSnapshot(const SorterSnapshot &snapshot);

    const SorterSnapshot &snapshot() const { return m_snapshot; }

    // The clip as the snapshot has it (sorted or not); null id if unknown.
    VideoClip clip(qint64 clipId) const { return m_clips.value(clipId); }

    const SorterPost *post(qint64 postId) const;
    SorterTarget targetAt(const QModelIndex &index) const;
    // Why these clips cannot go there, in words for the user; empty if they can.
    QString dropProblem(const QList<qint64> &clipIds, const SorterTarget &target) const;
    // First index whose node matches; for tests and for revealing a drop.
    QModelIndex findNode(Level level, qint64 id, const QModelIndex &under = {}) const;
    QModelIndex findPlatform(const QModelIndex &office, const QString &platform) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

signals:
    void clipsDropped(const QList<qint64> &clipIds, const Bfs::Ui::SorterTarget &target);
    void dropRefused(const QString &reason);

private:
    struct Node
    {
        Level level = Level::Post;
        int parent = -1;
        int row = 0;
        QList<int> children;
        SorterTarget target;
        qint64 clipId = 0;
        QString label;
    };

    int addNode(Node node);
    void buildPost(const SorterPost &post);
    void buildRelease(const SorterPost &post, const Release &release, int postNode);
    void buildOffice(const SorterPost &post,
                     qint64 releaseId,
                     const Office &office,
                     int releaseNode);
    QList<Office> officesOf(const SorterPost &post, qint64 releaseId) const;
    const Node *nodeAt(const QModelIndex &index) const;
    QString nodeText(const Node &node) const;

    SorterSnapshot m_snapshot;
    QHash<qint64, VideoClip> m_clips;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace Bfs::Ui
