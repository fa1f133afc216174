CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE CAST (mood AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (mood AS varchar) WITH INOUT;
COMMENT ON CAST (mood AS text) IS 'label';
COMMENT ON CAST (mood AS varchar) IS 'label';
