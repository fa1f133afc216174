-- A composite key type with two btree classes; the DEFAULT class moves from one to the other.
-- A primary key and a foreign key on the type name no class, so they use the default: the
-- key, the foreign key (its equality operator comes from the class's family) and the index
-- must be rebuilt on the other class, with the rows kept.
CREATE TYPE money2 AS (currency text, amount numeric);
CREATE FUNCTION m_cmp_amount(money2, money2) RETURNS int LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN $1.amount < $2.amount THEN -1 WHEN $1.amount > $2.amount THEN 1 ELSE 0 END;
CREATE FUNCTION m_cmp_currency(money2, money2) RETURNS int LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN $1.currency < $2.currency THEN -1 WHEN $1.currency > $2.currency THEN 1
              ELSE 0 END;
CREATE FUNCTION m_lt(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_amount($1, $2) < 0;
CREATE FUNCTION m_le(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_amount($1, $2) <= 0;
CREATE FUNCTION m_eq(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_amount($1, $2) = 0;
CREATE FUNCTION m_ge(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_amount($1, $2) >= 0;
CREATE FUNCTION m_gt(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_amount($1, $2) > 0;
CREATE FUNCTION c_lt(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_currency($1, $2) < 0;
CREATE FUNCTION c_le(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_currency($1, $2) <= 0;
CREATE FUNCTION c_eq(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_currency($1, $2) = 0;
CREATE FUNCTION c_ge(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_currency($1, $2) >= 0;
CREATE FUNCTION c_gt(money2, money2) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN m_cmp_currency($1, $2) > 0;
CREATE OPERATOR <# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = m_lt);
CREATE OPERATOR <=# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = m_le);
CREATE OPERATOR =# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = m_eq);
CREATE OPERATOR >=# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = m_ge);
CREATE OPERATOR ># (LEFTARG = money2, RIGHTARG = money2, FUNCTION = m_gt);
CREATE OPERATOR <@# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = c_lt);
CREATE OPERATOR <=@# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = c_le);
CREATE OPERATOR =@# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = c_eq);
CREATE OPERATOR >=@# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = c_ge);
CREATE OPERATOR >@# (LEFTARG = money2, RIGHTARG = money2, FUNCTION = c_gt);
CREATE OPERATOR CLASS by_amount_ops DEFAULT FOR TYPE money2 USING btree AS
  OPERATOR 1 <#, OPERATOR 2 <=#, OPERATOR 3 =#, OPERATOR 4 >=#, OPERATOR 5 >#,
  FUNCTION 1 m_cmp_amount(money2, money2);
CREATE OPERATOR CLASS by_currency_ops FOR TYPE money2 USING btree AS
  OPERATOR 1 <@#, OPERATOR 2 <=@#, OPERATOR 3 =@#, OPERATOR 4 >=@#, OPERATOR 5 >@#,
  FUNCTION 1 m_cmp_currency(money2, money2);
CREATE TABLE price_point (price money2 PRIMARY KEY, label text);
CREATE TABLE payment (id int PRIMARY KEY, price money2 NOT NULL REFERENCES price_point);
CREATE INDEX payment_price ON payment (price);
