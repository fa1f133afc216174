CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int);
CREATE TABLE measurement_y2024 (CHECK (logdate >= '2024-01-01' AND logdate < '2025-01-01')) INHERITS (measurement);
CREATE TABLE measurement_y2024_q1 (CHECK (logdate < '2024-04-01')) INHERITS (measurement_y2024);
CREATE INDEX measurement_y2024_logdate ON measurement_y2024 (logdate);
CREATE VIEW measurement_sales AS SELECT city_id, sum(unitsales) AS sales FROM measurement GROUP BY city_id;
