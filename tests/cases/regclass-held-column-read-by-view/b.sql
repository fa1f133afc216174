CREATE TABLE items (id int PRIMARY KEY, qty bigint);
CREATE VIEW item_qty AS SELECT id, qty FROM items;
CREATE TABLE audit (id int PRIMARY KEY, target regclass);
CREATE VIEW audit_targets AS SELECT id, target FROM audit;
CREATE INDEX audit_target_idx ON audit (target);
