CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id int PRIMARY KEY, body text);
CREATE FUNCTION docs_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.body := trim(NEW.body); RETURN NEW; END $$;
CREATE TRIGGER docs_touch BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION docs_touch();
CREATE MATERIALIZED VIEW doc_words AS SELECT id, show_trgm(body) AS grams FROM docs;
