CREATE SCHEMA cal;
CREATE TYPE cal.timespan AS RANGE (subtype = timestamp, multirange_type_name = cal.timespans);
ALTER TYPE cal.timespan OWNER TO app_writer;
GRANT USAGE ON TYPE cal.timespan TO app_reader;
COMMENT ON TYPE cal.timespans IS 'sets of spans';
