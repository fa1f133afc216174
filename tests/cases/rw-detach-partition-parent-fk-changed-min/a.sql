CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE events (id bigint NOT NULL, tenant_id integer NOT NULL REFERENCES tenants (id), occurred_on date NOT NULL, PRIMARY KEY (id, occurred_on)) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
