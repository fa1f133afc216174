INSERT INTO account VALUES ('free', 1), ('pro', 2);
