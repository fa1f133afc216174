CREATE TABLE msg (id int NOT NULL, chan text NOT NULL, body text) PARTITION BY LIST (chan);
CREATE TABLE msg_mail PARTITION OF msg FOR VALUES IN ('mail');
CREATE TABLE msg_other PARTITION OF msg DEFAULT;
CREATE FUNCTION msg_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER msg_audit AFTER INSERT OR DELETE ON msg FOR EACH ROW EXECUTE FUNCTION msg_audit();
-- the catch-all partition is bulk loaded by a replica job
ALTER TABLE msg_other ENABLE REPLICA TRIGGER msg_audit;
