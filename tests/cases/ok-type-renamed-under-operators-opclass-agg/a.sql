-- A composite type is renamed (hint given). Everything naming it by signature follows the OID:
-- functions, operators, a btree class and its index, an aggregate, a typed table.
-- Nothing should be dropped or re-created, and the rows stay.
CREATE TYPE money_pair AS (units bigint, cents int);
CREATE FUNCTION mp_cmp(money_pair, money_pair) RETURNS int LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN ($1.units, $1.cents) < ($2.units, $2.cents) THEN -1
              WHEN ($1.units, $1.cents) > ($2.units, $2.cents) THEN 1 ELSE 0 END;
CREATE FUNCTION mp_lt(money_pair, money_pair) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN mp_cmp($1, $2) < 0;
CREATE FUNCTION mp_eq(money_pair, money_pair) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN mp_cmp($1, $2) = 0;
CREATE FUNCTION mp_gt(money_pair, money_pair) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN mp_cmp($1, $2) > 0;
CREATE FUNCTION mp_le(money_pair, money_pair) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN mp_cmp($1, $2) <= 0;
CREATE FUNCTION mp_ge(money_pair, money_pair) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN mp_cmp($1, $2) >= 0;
CREATE OPERATOR <% (LEFTARG = money_pair, RIGHTARG = money_pair, FUNCTION = mp_lt, COMMUTATOR = >%);
CREATE OPERATOR >% (LEFTARG = money_pair, RIGHTARG = money_pair, FUNCTION = mp_gt, COMMUTATOR = <%);
CREATE OPERATOR <=% (LEFTARG = money_pair, RIGHTARG = money_pair, FUNCTION = mp_le);
CREATE OPERATOR >=% (LEFTARG = money_pair, RIGHTARG = money_pair, FUNCTION = mp_ge);
CREATE OPERATOR =% (LEFTARG = money_pair, RIGHTARG = money_pair, FUNCTION = mp_eq, COMMUTATOR = =%);
CREATE OPERATOR CLASS money_pair_ops FOR TYPE money_pair USING btree AS
  OPERATOR 1 <%, OPERATOR 2 <=%, OPERATOR 3 =%, OPERATOR 4 >=%, OPERATOR 5 >%,
  FUNCTION 1 mp_cmp(money_pair, money_pair);
CREATE FUNCTION mp_text(money_pair) RETURNS text LANGUAGE sql IMMUTABLE STRICT
  RETURN $1.units || '.' || lpad($1.cents::text, 2, '0');
CREATE FUNCTION mp_add(money_pair, money_pair) RETURNS money_pair LANGUAGE sql IMMUTABLE STRICT
  RETURN ROW($1.units + $2.units + ($1.cents + $2.cents) / 100, ($1.cents + $2.cents) % 100)::money_pair;
CREATE AGGREGATE mp_sum(money_pair) (SFUNC = mp_add, STYPE = money_pair, INITCOND = '(0,0)');
CREATE TABLE price (id int PRIMARY KEY, amount money_pair NOT NULL);
CREATE INDEX price_amount ON price (amount money_pair_ops);
CREATE TABLE price_snapshot OF money_pair;
CREATE VIEW price_total AS SELECT mp_text(mp_sum(amount)) AS total FROM price;
