CREATE TABLE ticket (id int NOT NULL, prio text, title text NOT NULL) PARTITION BY LIST (prio);
CREATE TABLE ticket_high PARTITION OF ticket FOR VALUES IN ('high', 'urgent', NULL);
CREATE TABLE ticket_low PARTITION OF ticket FOR VALUES IN ('low', 'trivial');
CREATE TABLE ticket_other PARTITION OF ticket DEFAULT;
