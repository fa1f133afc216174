CREATE EXTENSION citext;
CREATE EXTENSION "uuid-ossp";
CREATE TABLE public.accounts (id uuid DEFAULT uuid_generate_v4(), email citext);
