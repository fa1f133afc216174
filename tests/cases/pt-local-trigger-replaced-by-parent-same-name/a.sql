CREATE TABLE ev (id int NOT NULL, kind text NOT NULL, note text) PARTITION BY LIST (kind);
CREATE TABLE ev_web PARTITION OF ev FOR VALUES IN ('web');
CREATE TABLE ev_app PARTITION OF ev FOR VALUES IN ('app');
CREATE FUNCTION web_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'web'; RETURN NEW; END $$;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'all'; RETURN NEW; END $$;
-- a local trigger on one partition, same name as the one the parent gets later
CREATE TRIGGER stamp BEFORE INSERT ON ev_web FOR EACH ROW EXECUTE FUNCTION web_only();
