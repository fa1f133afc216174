-- The range gains SUBTYPE_DIFF: it is re-created while columns (plain, array, multirange,
-- with a default) and a view use it; the rows stay.
CREATE TYPE floatr AS RANGE (SUBTYPE = float8);
CREATE TABLE spans (
  id int PRIMARY KEY,
  r floatr DEFAULT '[0,1)'::floatr,
  rs floatr[],
  m floatr_multirange
);
CREATE VIEW wide_spans AS SELECT id, r FROM spans WHERE upper(r) - lower(r) > 1;
