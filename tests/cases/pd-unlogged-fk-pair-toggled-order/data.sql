INSERT INTO stage_batches (source) VALUES ('a.csv'), ('b.csv');
INSERT INTO stage_rows (batch_id, raw) VALUES (1, '{"x":1}'), (2, '{"x":2}');
INSERT INTO stage_errors VALUES (1, 2, 'bad');
