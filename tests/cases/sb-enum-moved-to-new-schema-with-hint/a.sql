CREATE TYPE public.plan_tier AS ENUM ('free', 'pro', 'team');
CREATE TABLE public.subscriptions (id int PRIMARY KEY, tier public.plan_tier NOT NULL DEFAULT 'free');
