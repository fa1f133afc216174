CREATE SCHEMA ops;
-- A table method and the table using it (created after it, dropped before it).
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap_copy IS 'heap under another name';
CREATE TABLE public.events (id integer PRIMARY KEY, note text) USING heap_copy;
-- An index method and an operator class for it (btree's code refuses to build an index of
-- another method, so no index).
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER bthandler;
CREATE OPERATOR CLASS ops.int4_copy_ops DEFAULT FOR TYPE integer USING btree_copy AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint4cmp(integer, integer);
