-- A table is hash-partitioned on an expression over a column (lower(code));
-- widening that column (varchar(10) -> varchar(32)) is refused in place
-- because the key expression uses it, so the tree is rebuilt with its rows.
CREATE TABLE coupons (code varchar(32) NOT NULL, discount int NOT NULL) PARTITION BY HASH (lower(code));
CREATE TABLE coupons_0 PARTITION OF coupons FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE coupons_1 PARTITION OF coupons FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX coupons_code ON coupons (lower(code));
