CREATE TABLE raw_events (id int PRIMARY KEY, kind varchar(20), payload text);
CREATE VIEW events AS SELECT id, kind, payload FROM raw_events;
CREATE RULE events_ins AS ON INSERT TO events DO INSTEAD
  INSERT INTO raw_events (id, kind, payload) VALUES (NEW.id, lower(NEW.kind), NEW.payload);
