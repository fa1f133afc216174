-- A label removed rebuilds the enum: the cast from it is dropped before the old type goes
-- and created again on the new one.
CREATE TYPE level AS ENUM ('low', 'high');
CREATE CAST (level AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (level AS text) IS 'label';
