CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
-- Context changed: re-created, with its comment.
CREATE CAST (mood AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (mood AS text) IS 'label as text';
-- Only the comment changed: altered in place.
CREATE CAST (mood AS varchar) WITH INOUT;
COMMENT ON CAST (mood AS varchar) IS 'the label';
