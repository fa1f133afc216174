CREATE SCHEMA cal;
CREATE TYPE cal.timespan AS RANGE (subtype = timestamp, multirange_type_name = cal.timespans);
