-- A FOR ALL TABLES publication becomes an explicit list (no ALTER for that), a
-- partitioned table is published via its root with a row filter, and the
-- partition-level membership and the publish/truncate options change.
CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, at date NOT NULL, secret text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE events ADD PRIMARY KEY (id, at);
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION analytics FOR TABLE events_2024, events_2025 WITH (publish = 'insert, update, delete, truncate');
