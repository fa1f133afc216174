CREATE TYPE phase AS ENUM ('draft', 'review', 'live');
CREATE TABLE article (id int PRIMARY KEY, phase phase NOT NULL DEFAULT 'draft',
  history phase[] NOT NULL DEFAULT '{draft}', prev phase DEFAULT 'review'::phase);
CREATE INDEX article_phase ON article (phase);
