CREATE TABLE event (id bigint NOT NULL, day date NOT NULL, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE attendee (id int PRIMARY KEY, event_id bigint NOT NULL, event_day date NOT NULL,
  CONSTRAINT attendee_event_fk FOREIGN KEY (event_id, event_day) REFERENCES event (id, day));
