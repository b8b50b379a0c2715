<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bfs::Ui</name>
    <message>
        <source>This cannot be done as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is no longer at this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer version of BFS Marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a BFS Marketing database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is busy; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · week of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::AnalyticsPage</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No weekly report yet: weekly_analytics writes one every Friday (or run it from the Orchestrator page).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Week of %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; posts generated of &lt;b&gt;%2&lt;/b&gt; planned.&lt;br&gt;Stage 1 approval rate: &lt;b&gt;%3%&lt;/b&gt; · Stage 2 approval rate: &lt;b&gt;%4%&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Figures&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::ApprovedPage</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the approved posts on Metricool now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled on Metricool yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Platforms: %3&lt;br&gt;Metricool: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the approved posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::CaptionEditor</name>
    <message>
        <source>Post on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 caption is %2 characters long; %1 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::CredentialsPanel</name>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: the offline service is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::DashboardPage</name>
    <message>
        <source>Posts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestrator does not run on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) pending design.</source>
        <translation>
            <numerusform>%n post pending design.</numerusform>
            <numerusform>%n posts pending design.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved post(s) waiting to be scheduled.</source>
        <translation>
            <numerusform>%n approved post waiting to be scheduled.</numerusform>
            <numerusform>%n approved posts waiting to be scheduled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metricool is in test mode: scheduling only logs what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed runs in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check or sync has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::DecisionRunner</name>
    <message>
        <source>the orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 before your decision. It has been reloaded: check it and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be changed that way any more: it is now at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::MainWindow</name>
    <message>
        <source>BFS Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrator: not running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running task progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrator: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::OfficesPanel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::OrchestratorPage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::PendingDesignPage</name>
    <message>
        <source>Generate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the pending images now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image file on a post to supply its design yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post is waiting for a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a designer: the generator makes a background only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image generator can make this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Still missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the pending images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image generation is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ready for Stage 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image stored for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::PlaceholderPage</name>
    <message>
        <source>%1 is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::PostListModel</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office / account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::PostPreview</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::PostQueue</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::RejectBar</name>
    <message>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the team (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the designer change? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n posts:</source>
        <translation>
            <numerusform>Reject %n post:</numerusform>
            <numerusform>Reject %n posts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for new images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::Review</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::RunHistory</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 (%4)
Cost: %5 cents

%6

%7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::SettingsPage</name>
    <message>
        <source>Database and desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:/path/file.sqlite or postgresql://user@host:5432/bfs (empty: this desktop&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed database is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: this database can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n team setting(s) changed).</source>
        <translation>
            <numerusform>Saved (%n team setting changed).</numerusform>
            <numerusform>Saved (%n team settings changed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::Stage1Page</name>
    <message>
        <source>Square 1024×1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait 1024×1792</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background only (a designer adds the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video concept and shot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every post of this queue has a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Concept:** %1

**Shot list**

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the last decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) decided.</source>
        <translation>
            <numerusform>%n post decided.</numerusform>
            <numerusform>%n posts decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage 1 Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::Stage2Page</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed posts appear here for their final check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the last decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) decided.</source>
        <translation>
            <numerusform>%n post decided.</numerusform>
            <numerusform>%n posts decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage 2 Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bfs::Ui::TrayIcon</name>
    <message>
        <source>Open BFS Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scheduled runs paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BFS Marketing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>BFS Marketing cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window on PAGE (dashboard, stage1, pending_design, stage2, approved, videos, orchestrator, analytics, settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
