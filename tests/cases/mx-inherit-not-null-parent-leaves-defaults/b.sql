-- p_strict leaves: ch and its child gc no longer need NOT NULL on code; flag goes; ch's defaults change.
CREATE TABLE p_free (code text DEFAULT 'free', kind int DEFAULT 1);
CREATE TABLE p_strict (code text NOT NULL DEFAULT 'strict', kind int DEFAULT 2, flag boolean NOT NULL DEFAULT false);
CREATE TABLE ch (code text DEFAULT 'child2', kind int, body text) INHERITS (p_free);
CREATE TABLE gc (extra int) INHERITS (ch);
