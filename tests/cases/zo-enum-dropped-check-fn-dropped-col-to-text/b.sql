CREATE TABLE job (id int PRIMARY KEY, ph text NOT NULL, owner text,
  CONSTRAINT job_active_has_owner CHECK (ph = 'done' OR owner IS NOT NULL));
CREATE INDEX job_active ON job (id) WHERE ph <> 'done';
