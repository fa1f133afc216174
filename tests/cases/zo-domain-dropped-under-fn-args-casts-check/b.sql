CREATE TABLE member (id int PRIMARY KEY, mail text NOT NULL, backup text,
  CONSTRAINT backup_is_mail CHECK (backup IS NULL OR backup LIKE '%@%'));
CREATE FUNCTION mail_domain(m text) RETURNS text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT split_part(m, '@', 2); END;
CREATE FUNCTION primary_mail(id int) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC SELECT mail FROM member WHERE member.id = primary_mail.id; END;
CREATE INDEX member_domain ON member (mail_domain(mail));
CREATE VIEW member_domains AS SELECT id, mail_domain(mail) AS dom, primary_mail(id) AS pm FROM member;
