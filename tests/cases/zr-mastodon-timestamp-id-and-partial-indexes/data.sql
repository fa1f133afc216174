INSERT INTO accounts (id, username, domain, display_name, created_at, updated_at) VALUES
 (109348752345678901, 'gargron', NULL, 'Eugen', '2016-03-16 14:34:26', '2024-01-01 00:00:00'),
 (109348752345678902, 'alice', 'mastodon.social', 'Alice', '2022-11-02 10:00:00', '2022-11-02 10:00:00'),
 (109348752345678903, 'bot', 'botsin.space', '', '2023-01-02 10:00:00', '2023-01-02 10:00:00');
INSERT INTO statuses (id, uri, text, account_id, in_reply_to_id, reblog_of_id, visibility, deleted_at, created_at, updated_at) VALUES
 (111000000000000001, 'https://m.test/s/1', 'Hello fediverse', 109348752345678901, NULL, NULL, 0, NULL, '2024-01-01 10:00:00', '2024-01-01 10:00:00'),
 (111000000000000002, NULL, '@gargron hi!', 109348752345678902, 111000000000000001, NULL, 1, NULL, '2024-01-01 10:05:00', '2024-01-01 10:05:00'),
 (111000000000000003, NULL, '', 109348752345678903, NULL, 111000000000000001, 0, NULL, '2024-01-01 11:00:00', '2024-01-01 11:00:00'),
 (111000000000000004, 'https://m.test/s/4', 'oops', 109348752345678901, NULL, NULL, 3, '2024-01-02 09:00:00', '2024-01-02 08:00:00', '2024-01-02 09:00:00');
SELECT nextval('statuses_id_seq');
