CREATE ACCESS METHOD heap_cold TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE archive (id int PRIMARY KEY, payload text) WITH (fillfactor = 100);
