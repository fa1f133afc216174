CREATE TYPE person AS (name text, email text);
CREATE TABLE people OF person (PRIMARY KEY (email)) WITH (fillfactor = 80, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE people REPLICA IDENTITY FULL;
