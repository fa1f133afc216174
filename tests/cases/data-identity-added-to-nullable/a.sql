CREATE TABLE event (id bigint, name text NOT NULL);
CREATE UNIQUE INDEX event_id ON event (id);
