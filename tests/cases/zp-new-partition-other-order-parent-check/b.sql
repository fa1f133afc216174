CREATE TABLE shipment (id bigint NOT NULL, shipped date NOT NULL, weight numeric NOT NULL, CONSTRAINT shipment_weight_pos CHECK (weight > 0)) PARTITION BY RANGE (shipped);
CREATE TABLE shipment_2024 PARTITION OF shipment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- built by a loader with its own column order, then attached
CREATE TABLE shipment_2025 (shipped date NOT NULL, weight numeric NOT NULL, id bigint NOT NULL, CONSTRAINT shipment_weight_pos CHECK (weight > 0));
ALTER TABLE shipment ATTACH PARTITION shipment_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
