CREATE TABLE places (p point);
-- Two more strategies (above, below): the class is re-created, and the index on it.
CREATE OPERATOR CLASS near_ops FOR TYPE point USING gist AS
  FUNCTION 9 gist_point_fetch(internal), FUNCTION 8 gist_point_distance(internal, point, smallint, oid, internal),
  FUNCTION 7 gist_box_same(box, box, internal), FUNCTION 6 gist_box_picksplit(internal, internal),
  FUNCTION 5 gist_box_penalty(internal, internal, internal), FUNCTION 3 gist_point_compress(internal),
  FUNCTION 2 gist_box_union(internal, internal),
  FUNCTION 1 gist_point_consistent(internal, point, smallint, oid, internal),
  OPERATOR 15 <-> (point, point) FOR ORDER BY float_ops, OPERATOR 11 |>>, OPERATOR 10 <<|,
  OPERATOR 6 ~=, OPERATOR 5 >>, OPERATOR 1 <<,
  STORAGE box;
CREATE INDEX places_p ON places USING gist (p near_ops);
COMMENT ON OPERATOR CLASS near_ops USING gist IS 'points by distance';
