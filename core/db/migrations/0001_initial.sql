-- The schema of SPEC.md. Times are ISO 8601 UTC text, dates ISO text,
-- JSON documents text; flags are 0/1 integers on both engines.

CREATE TABLE offices (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    short_code TEXT NOT NULL UNIQUE,
    time_zone TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE social_accounts (
    id ${ID},
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (platform, handle)
);

CREATE TABLE content_library (
    id ${ID},
    week_start TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    title TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    captions TEXT NOT NULL DEFAULT '{}',
    platforms TEXT NOT NULL DEFAULT '[]',
    platform_images TEXT NOT NULL DEFAULT '{}',
    video_concept TEXT NOT NULL DEFAULT '',
    video_script TEXT NOT NULL DEFAULT '',
    design_mode TEXT NOT NULL DEFAULT 'full' CHECK (design_mode IN ('full', 'background_only')),
    status TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    status_changed_at TEXT NOT NULL,
    video_folder TEXT NOT NULL DEFAULT '',
    video_count INTEGER NOT NULL DEFAULT 0,
    external_ids TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX content_library_status ON content_library (status, id);

CREATE INDEX content_library_week ON content_library (week_start);

CREATE TABLE office_assignments (
    id ${ID},
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    office_id ${BIGINT} REFERENCES offices (id),
    social_account_id ${BIGINT} REFERENCES social_accounts (id),
    CHECK ((office_id IS NULL AND social_account_id IS NOT NULL)
        OR (office_id IS NOT NULL AND social_account_id IS NULL))
);

CREATE INDEX office_assignments_post ON office_assignments (post_id);

CREATE TABLE status_history (
    id ${ID},
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''
);

CREATE INDEX status_history_post ON status_history (post_id, id);

CREATE INDEX status_history_changed_at ON status_history (changed_at);

CREATE TABLE releases (
    id ${ID},
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    planned_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX releases_post ON releases (post_id);

CREATE TABLE video_files (
    id ${ID},
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    release_id ${BIGINT} REFERENCES releases (id) ON DELETE SET NULL,
    office_id ${BIGINT} REFERENCES offices (id),
    platform TEXT NOT NULL DEFAULT '',
    remote_item_id TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    local_path TEXT NOT NULL DEFAULT '',
    size_bytes ${BIGINT} NOT NULL DEFAULT 0,
    duration_s ${REAL} NOT NULL DEFAULT 0,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    rotation INTEGER NOT NULL DEFAULT 0,
    video_codec TEXT NOT NULL DEFAULT '',
    audio_codec TEXT NOT NULL DEFAULT '',
    bit_rate ${BIGINT} NOT NULL DEFAULT 0,
    frame_rate ${REAL} NOT NULL DEFAULT 0,
    thumbnail_path TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'available'
        CHECK (status IN ('available', 'scheduled', 'published', 'archived')),
    synced_at TEXT NOT NULL
);

CREATE INDEX video_files_post ON video_files (post_id);

CREATE INDEX video_files_release ON video_files (release_id);

CREATE TABLE video_status_history (
    id ${ID},
    video_file_id ${BIGINT} NOT NULL REFERENCES video_files (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);

CREATE TABLE orchestrator_runs (
    id ${ID},
    task TEXT NOT NULL,
    triggered_by TEXT NOT NULL,
    host TEXT NOT NULL,
    due_at TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('running', 'success', 'failed', 'skipped', 'interrupted')),
    items_processed INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX orchestrator_runs_task ON orchestrator_runs (task, started_at);

CREATE INDEX orchestrator_runs_started ON orchestrator_runs (started_at);

CREATE TABLE analytics_history (
    id ${ID},
    week_start TEXT NOT NULL,
    created_at TEXT NOT NULL,
    posts_generated INTEGER NOT NULL DEFAULT 0,
    target INTEGER NOT NULL DEFAULT 0,
    stage1_approval_rate ${REAL} NOT NULL DEFAULT 0,
    stage2_approval_rate ${REAL} NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE backups (
    id ${ID},
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    remote_path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    backed_up_at TEXT NOT NULL
);

CREATE INDEX backups_post ON backups (post_id);

CREATE TABLE task_claims (
    task TEXT NOT NULL,
    due_at TEXT NOT NULL,
    holder TEXT NOT NULL,
    lease_expires_at TEXT NOT NULL,
    run_id ${BIGINT},
    PRIMARY KEY (task, due_at)
);

CREATE TABLE task_state (
    task TEXT PRIMARY KEY,
    first_seen_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE notifications (
    id ${ID},
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    read_at TEXT
);

CREATE INDEX notifications_created ON notifications (created_at);

-- Marks that a reminder or escalation for a post was already sent, so the
-- hourly checks tell people once per post per threshold.
CREATE TABLE notification_marks (
    post_id ${BIGINT} NOT NULL REFERENCES content_library (id) ON DELETE CASCADE,
    mark TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (post_id, mark)
)
