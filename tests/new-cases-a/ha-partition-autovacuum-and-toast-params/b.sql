CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE events_old PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2024-01-01')
  WITH (fillfactor = 100, toast.autovacuum_freeze_max_age = 100000000);
CREATE TABLE events_new PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2030-01-01')
  WITH (autovacuum_vacuum_scale_factor = 0.02, toast.autovacuum_vacuum_scale_factor = 0.05);
