CREATE TABLE device_state (device_id int NOT NULL, state text);
CREATE UNIQUE INDEX device_state_device ON device_state (device_id);
ALTER TABLE device_state REPLICA IDENTITY USING INDEX device_state_device;
DROP INDEX device_state_device;
