CREATE TABLE t (id int PRIMARY KEY, s text);
COMMENT ON TABLE t IS 'the t''s table';
COMMENT ON COLUMN t.s IS 'naïve – ünïcödé';
