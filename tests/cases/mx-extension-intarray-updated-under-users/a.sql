-- intarray 1.2 -> 1.5 (and back: no downgrade path, so drop and re-create) while int[] columns keep their rows and
-- its opclasses, functions and operators are used by indexes, a CHECK, a function and a view.
CREATE EXTENSION intarray VERSION '1.2';
CREATE TABLE post (
  id int PRIMARY KEY,
  tag_ids int[] NOT NULL DEFAULT '{}',
  reader_ids int[],
  CONSTRAINT few_tags CHECK (icount(tag_ids) < 50)
);
CREATE INDEX post_tags_gin ON post USING gin (tag_ids gin__int_ops);
CREATE INDEX post_readers_gist ON post USING gist (reader_ids gist__intbig_ops);
CREATE FUNCTION tag_union(a int[], b int[]) RETURNS int[] LANGUAGE sql IMMUTABLE RETURN a | b;
CREATE VIEW tagged_both AS SELECT id, tag_union(tag_ids, reader_ids) AS u FROM post WHERE tag_ids @@ '1&2'::query_int;
