CREATE TABLE events (id bigint NOT NULL, occurred_on date NOT NULL, kind text NOT NULL, CONSTRAINT events_pkey PRIMARY KEY (id, kind, occurred_on)) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 (id bigint NOT NULL, occurred_on date NOT NULL, kind text NOT NULL, CONSTRAINT events_2023_pkey PRIMARY KEY (id, occurred_on));
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
