-- Three levels: event -> web_event -> click. web_event goes; click now inherits event directly and keeps url (now its own) with its index.
CREATE TABLE event (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT '2025-01-01', CONSTRAINT event_id_pos CHECK (id > 0));
CREATE TABLE web_event (url text NOT NULL, CONSTRAINT url_len CHECK (length(url) < 200)) INHERITS (event);
ALTER TABLE web_event ADD PRIMARY KEY (id);
CREATE TABLE click (button int DEFAULT 1) INHERITS (web_event);
CREATE INDEX click_url ON click (url);
CREATE TABLE click_note (click_id bigint, web_id bigint REFERENCES web_event (id), note text);
CREATE VIEW event_count AS SELECT count(*) AS n FROM event;
CREATE VIEW web_urls AS SELECT url FROM web_event;
