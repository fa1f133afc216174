-- Sequence options whose intermediate states are invalid: a descending
-- sequence becomes ascending (bounds and start all flip sign), a used bounded
-- sequence widens both ways and steps by 7, and a cycling one changes type.
CREATE SEQUENCE countdown INCREMENT BY -1;
CREATE SEQUENCE ticket_no MINVALUE 100 MAXVALUE 999 START 100;
CREATE SEQUENCE ring AS smallint MINVALUE 1 MAXVALUE 50 CYCLE CACHE 5;
CREATE TABLE tickets (id int PRIMARY KEY DEFAULT nextval('ticket_no'), r smallint DEFAULT nextval('ring'));
