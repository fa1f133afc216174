CREATE TYPE visibility AS ENUM ('public', 'private');
CREATE TABLE page (id int, vis visibility);
CREATE INDEX page_public ON page (id) WHERE vis = 'public';
