-- A staging pair (parent and child with a foreign key) becomes UNLOGGED for
-- bulk loads. A permanent table may not reference an unlogged one, so the
-- child must switch first on the way in and last on the way back; identity
-- sequences follow their tables.
CREATE UNLOGGED TABLE stage_batches (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, source text NOT NULL);
CREATE UNLOGGED TABLE stage_rows (
  id bigserial PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES stage_batches(id) ON DELETE CASCADE,
  raw jsonb
);
CREATE UNLOGGED TABLE stage_errors (
  id int PRIMARY KEY,
  row_id bigint REFERENCES stage_rows(id),
  msg text
);
CREATE INDEX stage_rows_batch ON stage_rows (batch_id);
