CREATE FUNCTION public.timestamp_id(table_name text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  time_part bigint;
  sequence_base bigint;
  tail bigint;
BEGIN
  time_part := (date_part('epoch', now()) * 1000)::bigint << 16;
  sequence_base := ('x' || substr(md5(table_name || 'salt' || time_part::text), 1, 4))::bit(16)::bigint;
  tail := (sequence_base + nextval(table_name || '_id_seq')) & 65535;
  RETURN time_part | tail;
END $$;
CREATE TABLE public.accounts (
  id bigint NOT NULL DEFAULT public.timestamp_id('accounts'),
  username varchar DEFAULT '' NOT NULL,
  domain varchar,
  display_name varchar DEFAULT '' NOT NULL,
  note text DEFAULT '' NOT NULL,
  suspended_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE public.accounts_id_seq;
CREATE UNIQUE INDEX index_accounts_on_username_and_domain_lower ON public.accounts (lower(username), COALESCE(lower(domain), ''));
CREATE TABLE public.statuses (
  id bigint NOT NULL DEFAULT public.timestamp_id('statuses'),
  uri varchar,
  text text DEFAULT '' NOT NULL,
  account_id bigint NOT NULL,
  in_reply_to_id bigint,
  reblog_of_id bigint,
  visibility integer DEFAULT 0 NOT NULL,
  deleted_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  CONSTRAINT statuses_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE public.statuses_id_seq;
CREATE INDEX index_statuses_20180106 ON public.statuses (account_id, id DESC, visibility, updated_at);
CREATE INDEX index_statuses_on_in_reply_to_id ON public.statuses (in_reply_to_id);
CREATE INDEX index_statuses_on_reblog_of_id_and_account_id ON public.statuses (reblog_of_id, account_id);
CREATE UNIQUE INDEX index_statuses_on_uri ON public.statuses (uri);
ALTER TABLE public.statuses ADD CONSTRAINT fk_9bda1543f7 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;
ALTER TABLE public.statuses ADD CONSTRAINT fk_rails_256483a9ab FOREIGN KEY (reblog_of_id) REFERENCES public.statuses(id) ON DELETE CASCADE;
