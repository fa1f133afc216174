CREATE TABLE public.realm (
  id varchar(36) NOT NULL,
  name varchar(255),
  enabled boolean DEFAULT false NOT NULL,
  ssl_required varchar(255),
  CONSTRAINT constraint_4a PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_orvsdmla56612eaefiq6wl5oi ON public.realm (name);
CREATE TABLE public.client (
  id varchar(36) NOT NULL,
  client_id varchar(255),
  realm_id varchar(36),
  enabled boolean DEFAULT false NOT NULL,
  protocol varchar(255),
  base_url varchar(255),
  CONSTRAINT constraint_7 PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_b71cjlbenv945rb6gcon438at ON public.client (realm_id, client_id);
CREATE TABLE public.user_entity (
  id varchar(36) NOT NULL,
  email varchar(255),
  email_constraint varchar(255),
  realm_id varchar(255),
  username varchar(255),
  created_timestamp bigint,
  CONSTRAINT constraint_fb PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_dykn684sl8up1crfei6eckhd7 ON public.user_entity (realm_id, email_constraint);
CREATE UNIQUE INDEX uk_ru8tt6t700s9v50bu18ws5ha6 ON public.user_entity (realm_id, username);
CREATE TABLE public.client_scope_client (
  client_id varchar(255) NOT NULL,
  realm_id varchar(36) NOT NULL,
  scope_id varchar(255) NOT NULL,
  default_scope boolean DEFAULT false NOT NULL,
  CONSTRAINT c_cli_scope_bind PRIMARY KEY (client_id, scope_id)
);
ALTER TABLE public.client_scope_client ADD CONSTRAINT fk_c_cli_scope_client FOREIGN KEY (realm_id, client_id) REFERENCES public.client (realm_id, client_id);
ALTER TABLE public.client ADD CONSTRAINT fk_p56ctinxxb9gsk57fo49f9tac FOREIGN KEY (realm_id) REFERENCES public.realm (id);
CREATE TABLE public.user_attribute (
  name varchar(255) NOT NULL,
  value varchar(255),
  user_id varchar(36) NOT NULL,
  id varchar(36) DEFAULT 'sybase-needs-something-here' NOT NULL,
  CONSTRAINT constraint_user_attribute_pk PRIMARY KEY (id)
);
ALTER TABLE public.user_attribute ADD CONSTRAINT fk_5hrm2vlf9ql5fu043kqepovbr FOREIGN KEY (user_id) REFERENCES public.user_entity (id);
CREATE INDEX idx_user_attribute ON public.user_attribute (user_id);
