CREATE TABLE reading (id int PRIMARY KEY, sensor int, val numeric, CONSTRAINT reading_val_check CHECK (val >= 0));
CREATE INDEX reading_sensor_idx ON reading (sensor);
