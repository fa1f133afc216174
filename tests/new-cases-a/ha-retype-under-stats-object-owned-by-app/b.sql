CREATE TABLE shipments (id int PRIMARY KEY, carrier varchar(40), service text);
ALTER TABLE shipments OWNER TO app_writer;
CREATE STATISTICS shipments_carrier_service (mcv) ON carrier, service FROM shipments;
ALTER STATISTICS shipments_carrier_service OWNER TO app_writer;
