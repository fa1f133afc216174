-- Sequence options whose intermediate states are invalid: a descending
-- sequence becomes ascending (bounds and start all flip sign), a used bounded
-- sequence widens both ways and steps by 7, and a cycling one changes type.
CREATE SEQUENCE countdown INCREMENT BY 1;
CREATE SEQUENCE ticket_no MINVALUE 1 MAXVALUE 50000 START 1 INCREMENT 7;
CREATE SEQUENCE ring AS int MINVALUE 1 MAXVALUE 100000 NO CYCLE CACHE 1;
CREATE TABLE tickets (id int PRIMARY KEY DEFAULT nextval('ticket_no'), r smallint DEFAULT nextval('ring'));
