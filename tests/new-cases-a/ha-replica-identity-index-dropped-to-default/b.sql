CREATE TABLE device_state (device_id int NOT NULL, state text);
