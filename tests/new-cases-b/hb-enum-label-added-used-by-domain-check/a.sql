CREATE TYPE level AS ENUM ('low', 'high');
CREATE DOMAIN alert_level AS level;
CREATE TABLE alerts (id int PRIMARY KEY, lvl alert_level);
