-- An enum loses an unused label (rebuilt, columns converted) while one column
-- of that type is in a publication's column list and another table's column of
-- the type is in a filtered member's column list; PostgreSQL refuses ALTER COLUMN
-- TYPE on such columns, so the memberships must be taken out and put back.
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
CREATE TABLE tickets (id int PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'open', title text);
CREATE TABLE ticket_events (id int PRIMARY KEY, ticket_id int, to_state ticket_state);
CREATE PUBLICATION support_feed FOR TABLE tickets (id, state), ticket_events (id, to_state) WHERE (ticket_id > 0);
