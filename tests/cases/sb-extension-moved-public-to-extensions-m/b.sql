CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE TABLE public.accounts (id uuid DEFAULT extensions.uuid_generate_v4(), email extensions.citext);
