-- 18: NOT NULL constraints with names: renamed from and to the default name, added named,
-- made NO INHERIT, and declared named in CREATE TABLE.
CREATE TABLE t (a int CONSTRAINT a_named NOT NULL, b int NOT NULL, c int CONSTRAINT "C not null" NOT NULL,
  d int NOT NULL NO INHERIT, e int CONSTRAINT e_keep NOT NULL);
CREATE TABLE parent (id int NOT NULL);
CREATE TABLE fresh (id int CONSTRAINT fresh_id_required NOT NULL, note text NOT NULL NO INHERIT);
