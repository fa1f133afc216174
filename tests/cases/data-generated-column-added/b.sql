CREATE TABLE line (id int PRIMARY KEY, qty int NOT NULL, unit_cents int NOT NULL,
  total_cents int GENERATED ALWAYS AS (qty * unit_cents) STORED);
