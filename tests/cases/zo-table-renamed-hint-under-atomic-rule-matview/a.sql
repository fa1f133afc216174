CREATE TABLE visit (id int PRIMARY KEY, page text NOT NULL, n int NOT NULL DEFAULT 1);
CREATE TABLE visit_raw (page text NOT NULL);
CREATE RULE visit_raw_fold AS ON INSERT TO visit_raw DO ALSO
  INSERT INTO visit (id, page) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM visit), NEW.page);
CREATE FUNCTION page_hits(p text) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC SELECT sum(n) FROM visit WHERE page = p; END;
CREATE MATERIALIZED VIEW page_top AS SELECT page, page_hits(page) AS hits FROM visit GROUP BY page;
CREATE INDEX page_top_hits ON page_top (hits);
