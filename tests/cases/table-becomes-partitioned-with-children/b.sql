CREATE TABLE m (id int, at date NOT NULL);
CREATE TABLE m_2025 (id int, at date NOT NULL);
CREATE TABLE m_2026 (id int, at date NOT NULL);
