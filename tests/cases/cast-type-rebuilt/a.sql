CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE CAST (level AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (level AS text) IS 'label';
