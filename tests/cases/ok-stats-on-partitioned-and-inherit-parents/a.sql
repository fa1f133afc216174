-- Extended statistics on a partitioned parent, on one of its partitions and on an
-- inheritance parent. In b the kinds change (re-created), one gains an expression, the
-- targets are set, and the column they cover is retyped under them (int -> bigint).
CREATE TABLE event (tenant int NOT NULL, kind text NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE STATISTICS event_tenant_kind (ndistinct) ON tenant, kind FROM event;
CREATE STATISTICS event_2026_tenant_kind (mcv) ON tenant, kind FROM event_2026;
CREATE TABLE note (tenant int NOT NULL, tag text);
CREATE TABLE note_pinned (pinned_at date) INHERITS (note);
CREATE STATISTICS note_tenant_tag (dependencies) ON tenant, tag FROM note;
