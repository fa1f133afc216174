CREATE TABLE places (p point);
-- A GiST class on built-in support functions: an ordering operator (FOR ORDER BY) and a
-- STORAGE type other than the indexed one.
CREATE OPERATOR CLASS near_ops FOR TYPE point USING gist AS
  OPERATOR 1 <<, OPERATOR 5 >>, OPERATOR 6 ~=, OPERATOR 15 <-> (point, point) FOR ORDER BY float_ops,
  FUNCTION 1 gist_point_consistent(internal, point, smallint, oid, internal),
  FUNCTION 2 gist_box_union(internal, internal), FUNCTION 3 gist_point_compress(internal),
  FUNCTION 5 gist_box_penalty(internal, internal, internal), FUNCTION 6 gist_box_picksplit(internal, internal),
  FUNCTION 7 gist_box_same(box, box, internal), FUNCTION 8 gist_point_distance(internal, point, smallint, oid, internal),
  FUNCTION 9 gist_point_fetch(internal),
  STORAGE box;
CREATE INDEX places_p ON places USING gist (p near_ops);
