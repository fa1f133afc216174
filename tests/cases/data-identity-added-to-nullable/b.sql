CREATE TABLE event (id bigint GENERATED ALWAYS AS IDENTITY, name text NOT NULL);
CREATE UNIQUE INDEX event_id ON event (id);
