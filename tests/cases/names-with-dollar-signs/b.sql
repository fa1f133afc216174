CREATE TABLE acct$log (id$ int PRIMARY KEY, k$ int NOT NULL, note$ text);
CREATE UNIQUE INDEX i$ ON acct$log (k$);
ALTER TABLE acct$log REPLICA IDENTITY USING INDEX i$;
CREATE TABLE t$2 (a$b int REFERENCES acct$log (id$), CONSTRAINT c$ CHECK (a$b > 0));
CREATE VIEW v$ AS SELECT a$b FROM t$2;
