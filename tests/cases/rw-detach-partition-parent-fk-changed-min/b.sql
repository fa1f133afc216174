CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE events (id bigint NOT NULL, tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, occurred_on date NOT NULL, PRIMARY KEY (id, occurred_on)) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 (id bigint NOT NULL, tenant_id integer NOT NULL, occurred_on date NOT NULL,
  CONSTRAINT events_2023_pkey PRIMARY KEY (id, occurred_on),
  CONSTRAINT events_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants (id));
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
