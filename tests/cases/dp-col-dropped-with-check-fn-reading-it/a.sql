CREATE TABLE seat (id int PRIMARY KEY, row_no int, legacy_rank int);
CREATE FUNCTION rank_free(r int) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC SELECT NOT EXISTS (SELECT 1 FROM seat s WHERE s.legacy_rank = r HAVING count(*) > 1); END;
ALTER TABLE seat ADD CONSTRAINT seat_rank_free CHECK (rank_free(legacy_rank));
CREATE INDEX seat_rank ON seat (legacy_rank) WHERE legacy_rank IS NOT NULL;
