-- The 26 offices and the brand accounts a fresh team starts with. A
-- migration runs once per database, so offices a lead renames, adds or
-- deactivates later are never put back.

INSERT INTO offices (name, short_code, time_zone) VALUES
    ('Erie', 'ERI', 'America/New_York'),
    ('Pittsburgh', 'PIT', 'America/New_York'),
    ('Harrisburg', 'HBG', 'America/New_York'),
    ('Allentown', 'ALN', 'America/New_York'),
    ('Scranton', 'SCR', 'America/New_York'),
    ('Buffalo', 'BUF', 'America/New_York'),
    ('Rochester', 'ROC', 'America/New_York'),
    ('Syracuse', 'SYR', 'America/New_York'),
    ('Cleveland', 'CLE', 'America/New_York'),
    ('Akron', 'AKR', 'America/New_York'),
    ('Youngstown', 'YNG', 'America/New_York'),
    ('Toledo', 'TOL', 'America/New_York'),
    ('Columbus', 'CMH', 'America/New_York'),
    ('Dayton', 'DAY', 'America/New_York'),
    ('Cincinnati', 'CIN', 'America/New_York'),
    ('Indianapolis', 'IND', 'America/Indiana/Indianapolis'),
    ('Fort Wayne', 'FWA', 'America/Indiana/Indianapolis'),
    ('South Bend', 'SBN', 'America/Indiana/Indianapolis'),
    ('Evansville', 'EVV', 'America/Chicago'),
    ('Louisville', 'LOU', 'America/Kentucky/Louisville'),
    ('Lexington', 'LEX', 'America/New_York'),
    ('Detroit', 'DTW', 'America/Detroit'),
    ('Ann Arbor', 'ARB', 'America/Detroit'),
    ('Grand Rapids', 'GRR', 'America/Detroit'),
    ('Lansing', 'LAN', 'America/Detroit'),
    ('Kalamazoo', 'AZO', 'America/Detroit');

INSERT INTO social_accounts (platform, handle) VALUES
    ('instagram', '@bfs.financial'),
    ('tiktok', '@bfsfinancial'),
    ('youtube_shorts', '@BFSFinancial'),
    ('twitter', '@BFS_Financial')
