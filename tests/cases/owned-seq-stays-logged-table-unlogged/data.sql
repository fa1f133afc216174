INSERT INTO batch_lines (batch) VALUES (1), (1);
