CREATE FOREIGN DATA WRAPPER files NO HANDLER NO VALIDATOR;
CREATE SERVER archive FOREIGN DATA WRAPPER files OPTIONS (host 'old');
-- Options altered in place: one dropped, one set, one added.
CREATE USER MAPPING FOR app_reader SERVER archive OPTIONS (user 'reader', password 'it''s new', sslkey 'k');
-- A new server and mappings on it: created after it, dropped before it.
CREATE SERVER mirror FOREIGN DATA WRAPPER files;
CREATE USER MAPPING FOR app_writer SERVER mirror OPTIONS (user 'writer');
CREATE USER MAPPING FOR PUBLIC SERVER mirror;
