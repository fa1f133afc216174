CREATE TABLE events (id bigint NOT NULL, occurred_on date NOT NULL, kind text) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 (id bigint NOT NULL, occurred_on date NOT NULL, kind text);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON events (kind, id);
