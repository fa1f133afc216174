-- code is merged from two parents with different defaults (the child must then declare its own) and only one of them says NOT NULL.
CREATE TABLE p_free (code text DEFAULT 'free', kind int DEFAULT 1);
CREATE TABLE p_strict (code text NOT NULL DEFAULT 'strict', kind int DEFAULT 2, flag boolean NOT NULL DEFAULT false);
CREATE TABLE ch (code text DEFAULT 'child', kind int DEFAULT 3, body text) INHERITS (p_free, p_strict);
CREATE TABLE gc (extra int) INHERITS (ch);
