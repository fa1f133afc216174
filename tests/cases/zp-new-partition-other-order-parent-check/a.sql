CREATE TABLE shipment (id bigint NOT NULL, shipped date NOT NULL, weight numeric NOT NULL, CONSTRAINT shipment_weight_pos CHECK (weight > 0)) PARTITION BY RANGE (shipped);
CREATE TABLE shipment_2024 PARTITION OF shipment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
