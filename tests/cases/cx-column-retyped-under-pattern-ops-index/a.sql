CREATE TABLE tag (id int PRIMARY KEY, slug varchar(50) NOT NULL, status varchar(10));
CREATE INDEX tag_slug_pattern ON tag (slug varchar_pattern_ops);
CREATE UNIQUE INDEX tag_slug_active ON tag (slug) WHERE status = 'active';
CREATE INDEX tag_status_lower ON tag (lower(status) COLLATE "C");
