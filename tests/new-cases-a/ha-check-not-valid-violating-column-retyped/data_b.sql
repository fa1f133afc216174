ALTER TABLE readings DROP CONSTRAINT readings_range;
INSERT INTO readings VALUES (1, 20), (2, 999);
ALTER TABLE readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -50 AND 60) NOT VALID;
