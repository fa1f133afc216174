CREATE TABLE event (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT '2025-01-01', CONSTRAINT event_id_pos CHECK (id > 0));
CREATE TABLE click (url text NOT NULL, button int DEFAULT 1, CONSTRAINT url_len CHECK (length(url) < 200)) INHERITS (event);
CREATE INDEX click_url ON click (url);
CREATE TABLE click_note (click_id bigint, web_id bigint, note text);
CREATE VIEW event_count AS SELECT count(*) AS n FROM event;
