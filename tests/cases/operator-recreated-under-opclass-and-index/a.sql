-- A case-folding comparison for a domain over text: operators, a btree class and a unique
-- index over it. The equality operator moves to another function (it cannot be altered), so
-- the operator, the class and the index are re-created.
CREATE SCHEMA ci;
CREATE FUNCTION ci.lt(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT RETURN lower($1) < lower($2);
CREATE FUNCTION ci.le(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT RETURN lower($1) <= lower($2);
CREATE FUNCTION ci.eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT RETURN lower($1) = lower($2);
CREATE FUNCTION ci.ge(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT RETURN lower($1) >= lower($2);
CREATE FUNCTION ci.gt(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT RETURN lower($1) > lower($2);
CREATE FUNCTION ci.cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN bttextcmp(lower($1), lower($2));
CREATE OPERATOR ci.< (LEFTARG = text, RIGHTARG = text, FUNCTION = ci.lt);
CREATE OPERATOR ci.<= (LEFTARG = text, RIGHTARG = text, FUNCTION = ci.le);
CREATE OPERATOR ci.= (LEFTARG = text, RIGHTARG = text, FUNCTION = ci.eq);
CREATE OPERATOR ci.>= (LEFTARG = text, RIGHTARG = text, FUNCTION = ci.ge);
CREATE OPERATOR ci.> (LEFTARG = text, RIGHTARG = text, FUNCTION = ci.gt);
CREATE OPERATOR CLASS ci.text_ci_ops FOR TYPE text USING btree AS
  OPERATOR 1 ci.<, OPERATOR 2 ci.<=, OPERATOR 3 ci.=, OPERATOR 4 ci.>=, OPERATOR 5 ci.>,
  FUNCTION 1 ci.cmp(text, text);
CREATE TABLE member (id int PRIMARY KEY, nick text NOT NULL);
CREATE UNIQUE INDEX member_nick_ci ON member (nick ci.text_ci_ops);
