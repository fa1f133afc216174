CREATE TABLE p_money (amount int, CONSTRAINT amount_pos CHECK (amount > 0));
CREATE TABLE p_billing (amount int, currency text, CONSTRAINT amount_pos CHECK (amount > 0) NO INHERIT, CONSTRAINT currency_iso CHECK (length(currency) = 3) NO INHERIT);
CREATE TABLE payment (id int PRIMARY KEY) INHERITS (p_money, p_billing);
CREATE TABLE refund (reason text) INHERITS (payment);
