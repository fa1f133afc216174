CREATE TABLE tag (id int PRIMARY KEY, slug text NOT NULL, status text);
CREATE INDEX tag_slug_pattern ON tag (slug text_pattern_ops);
CREATE UNIQUE INDEX tag_slug_active ON tag (slug) WHERE status = 'active';
CREATE INDEX tag_status_lower ON tag (lower(status) COLLATE "C");
