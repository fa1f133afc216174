-- An extension created with privileges on its members other than its scripts left: the
-- GRANT and REVOKE follow CREATE EXTENSION; dropped, they go with it.
CREATE TABLE t (id int);
