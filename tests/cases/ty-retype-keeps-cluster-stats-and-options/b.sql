CREATE TABLE measure (id int NOT NULL, sensor bigint NOT NULL, val numeric);
CREATE INDEX measure_sensor ON measure (sensor);
ALTER TABLE measure CLUSTER ON measure_sensor;
ALTER TABLE measure ALTER COLUMN sensor SET STATISTICS 300, ALTER COLUMN sensor SET (n_distinct = 50);
CREATE STATISTICS measure_sv (ndistinct, dependencies) ON sensor, val FROM measure;
