CREATE TABLE ev (id bigint NOT NULL, kind text NOT NULL DEFAULT 'x', at date NOT NULL, PRIMARY KEY (id, kind)) PARTITION BY LIST (kind);
CREATE INDEX ev_at ON ev (at);
CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a');
CREATE TABLE ev_rest PARTITION OF ev DEFAULT;
CREATE TABLE ref (id bigint, kind text, FOREIGN KEY (id, kind) REFERENCES ev);
