-- The collation is used only by an index's COLLATE clause, a view's expression and a check:
-- the column itself keeps the default collation. The collation's locale changes.
CREATE COLLATION natural_sort (provider = icu, locale = 'en-u-kn-true-kf-upper');
CREATE TABLE file (id int PRIMARY KEY, fname text NOT NULL,
  CONSTRAINT file_fname_sane CHECK (fname COLLATE natural_sort > ''));
CREATE INDEX file_fname_natural ON file (fname COLLATE natural_sort);
CREATE VIEW sorted_files AS SELECT id, fname FROM file ORDER BY fname COLLATE natural_sort;
