CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, source text NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (source);
CREATE TABLE event_2024_web PARTITION OF event_2024 FOR VALUES IN ('web');
CREATE INDEX event_at ON event (at);
CREATE TABLE event_2024_mobile (id bigint NOT NULL, at date NOT NULL, source text NOT NULL, payload jsonb);
CREATE INDEX event_2024_mobile_at ON event_2024_mobile (at);
ALTER TABLE event_2024 ATTACH PARTITION event_2024_mobile FOR VALUES IN ('ios', 'android');
