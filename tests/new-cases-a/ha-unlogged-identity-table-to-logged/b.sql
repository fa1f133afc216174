CREATE TABLE import_rows (id bigint GENERATED ALWAYS AS IDENTITY (CACHE 10) PRIMARY KEY, line text, n serial);
