CREATE TABLE "Order Items" (id int PRIMARY KEY, note text);
CREATE FUNCTION "tg$note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.note := coalesce(NEW.note, '') || array_to_string(TG_ARGV, '|');
  RETURN NEW;
END $$;
CREATE TRIGGER "set note" BEFORE INSERT ON "Order Items" FOR EACH ROW EXECUTE FUNCTION "tg$note"('it''s', 'C:\path\n', '', 'x,y', '{"k": 1}', '');
