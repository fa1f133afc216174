CREATE SCHEMA billing;
CREATE TYPE billing.plan_tier AS ENUM ('free', 'pro', 'team');
CREATE TABLE public.subscriptions (id int PRIMARY KEY, tier billing.plan_tier NOT NULL DEFAULT 'free');
