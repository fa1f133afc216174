-- CHECK amount_pos reaches the child from two parents (coninhcount 2); in b one parent marks its copy NO INHERIT,
-- so the child keeps it from the other parent only; the other check, only from p_billing, becomes NO INHERIT too and leaves the child.
CREATE TABLE p_money (amount int, CONSTRAINT amount_pos CHECK (amount > 0));
CREATE TABLE p_billing (amount int, currency text, CONSTRAINT amount_pos CHECK (amount > 0), CONSTRAINT currency_iso CHECK (length(currency) = 3));
CREATE TABLE payment (id int PRIMARY KEY) INHERITS (p_money, p_billing);
CREATE TABLE refund (reason text) INHERITS (payment);
