CREATE TYPE prio AS ENUM ('low', 'mid', 'high', 'urgent');
CREATE TABLE ticket (id int PRIMARY KEY, p prio NOT NULL, team text NOT NULL);
CREATE TABLE ticket_log (id int, p prio);
CREATE RULE "log urgent" AS ON INSERT TO ticket WHERE NEW.p = 'urgent' DO ALSO INSERT INTO ticket_log VALUES (NEW.id, NEW.p);
COMMENT ON RULE "log urgent" ON ticket IS 'keep a trail of urgent tickets';
ALTER TABLE ticket DISABLE RULE "log urgent";
CREATE STATISTICS ticket_p_team (ndistinct, dependencies) ON p, team FROM ticket;
COMMENT ON STATISTICS ticket_p_team IS 'priority follows team';
ALTER STATISTICS ticket_p_team SET STATISTICS 400;
