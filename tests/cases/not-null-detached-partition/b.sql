-- 18: a detached partition (or a child no longer inheriting) keeps its parent's NOT NULL
-- names; the plan renames them to what the table declares.
CREATE TABLE m (id int CONSTRAINT m_id_required NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_2026 (id int NOT NULL, at date CONSTRAINT at_2026 NOT NULL);
CREATE TABLE base (id int CONSTRAINT base_id NOT NULL);
CREATE TABLE child (id int NOT NULL, extra int);
