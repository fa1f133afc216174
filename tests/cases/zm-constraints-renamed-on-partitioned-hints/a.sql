CREATE TABLE ev (id int NOT NULL, at date NOT NULL, amount numeric, CONSTRAINT ev_amount_check CHECK (amount >= 0), CONSTRAINT ev_pkey PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_ref (id int PRIMARY KEY, ev_id int, ev_at date, CONSTRAINT ev_ref_ev_fkey FOREIGN KEY (ev_id, ev_at) REFERENCES ev);
