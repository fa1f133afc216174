-- An enum loses an unused label while columns use it in arrays with defaults, a CHECK, a partial
-- index predicate, an expression index, a function signature, a domain and a view.
CREATE SCHEMA app;
CREATE TYPE app.ticket_state AS ENUM ('open', 'blocked', 'closed');
CREATE DOMAIN app.live_state AS app.ticket_state CHECK (VALUE <> 'closed');
CREATE TABLE app.ticket (
  id int PRIMARY KEY,
  state app.ticket_state NOT NULL DEFAULT 'open',
  history app.ticket_state[] NOT NULL DEFAULT '{open}',
  cur app.live_state,
  CONSTRAINT no_closed_in_history CHECK (NOT ('closed' = ANY (history)) OR state = 'closed')
);
CREATE INDEX ticket_open_idx ON app.ticket (id) WHERE state = 'open';
CREATE INDEX ticket_state_hist ON app.ticket (state, (history[1]));
CREATE FUNCTION app.is_terminal(s app.ticket_state) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT s = 'closed' $$;
CREATE VIEW app.open_tickets AS SELECT id, state, history FROM app.ticket WHERE NOT app.is_terminal(state);
