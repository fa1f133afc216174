-- A table typed by a composite that goes: NOT OF before DROP TYPE.
CREATE TABLE typed (a int, b text);
