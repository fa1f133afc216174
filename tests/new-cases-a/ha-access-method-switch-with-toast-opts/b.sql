CREATE ACCESS METHOD heap_cold TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE archive (id int PRIMARY KEY, payload text) USING heap_cold WITH (fillfactor = 100, toast.autovacuum_enabled = false, toast_tuple_target = 256);
