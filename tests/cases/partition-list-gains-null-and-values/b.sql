CREATE TABLE ticket (id int NOT NULL, prio text, title text) PARTITION BY LIST (prio);
CREATE TABLE ticket_high PARTITION OF ticket FOR VALUES IN ('high', 'urgent');
CREATE TABLE ticket_low PARTITION OF ticket FOR VALUES IN ('low', 'lowest', NULL);
CREATE INDEX ticket_title ON ticket (title);
