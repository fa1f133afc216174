CREATE TABLE audit_log (id bigint PRIMARY KEY, msg text);
CREATE TABLE tags (name text);
ALTER TABLE tags REPLICA IDENTITY NOTHING;
