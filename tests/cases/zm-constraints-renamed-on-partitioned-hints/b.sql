CREATE TABLE ev (id int NOT NULL, at date NOT NULL, amount numeric, CONSTRAINT "Amount Non-Negative" CHECK (amount >= 0), CONSTRAINT events_pk PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_ref (id int PRIMARY KEY, ev_id int, ev_at date, CONSTRAINT "ev ref → ev" FOREIGN KEY (ev_id, ev_at) REFERENCES ev);
