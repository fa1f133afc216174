CREATE TYPE status AS ENUM ('new', 'closed');
ALTER TYPE status OWNER TO app_writer;
COMMENT ON TYPE status IS 'ticket status';
REVOKE USAGE ON TYPE status FROM PUBLIC;
GRANT USAGE ON TYPE status TO app_reader;
CREATE TABLE tickets (id int PRIMARY KEY, s status NOT NULL DEFAULT 'new');
