CREATE TABLE events (id bigint NOT NULL, occurred_on date NOT NULL, kind text NOT NULL, CONSTRAINT events_pkey PRIMARY KEY (id, occurred_on)) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
