CREATE DOMAIN visibility AS text;
CREATE TABLE page (id int, vis visibility);
CREATE INDEX page_public ON page (id) WHERE vis = 'public';
