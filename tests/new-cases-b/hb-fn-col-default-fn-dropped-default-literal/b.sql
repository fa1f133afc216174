CREATE TABLE coupons (id int PRIMARY KEY, code text NOT NULL DEFAULT 'NONE');
