CREATE TABLE public.namespaces (
  id bigint PRIMARY KEY,
  name varchar(255) NOT NULL,
  path varchar(255) NOT NULL,
  parent_id bigint,
  traversal_ids bigint[] DEFAULT '{}' NOT NULL
);
CREATE TABLE public.issues (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL,
  namespace_id bigint,
  iid integer,
  title varchar(255),
  description text,
  state_id smallint DEFAULT 1 NOT NULL,
  weight integer,
  created_at timestamptz,
  closed_at timestamptz
) WITH (autovacuum_vacuum_scale_factor = 0.05);
ALTER TABLE public.issues ADD CONSTRAINT check_fba63f706d CHECK (char_length(description) <= 1048576) NOT VALID;
ALTER TABLE public.issues ADD CONSTRAINT fk_issues_namespace FOREIGN KEY (namespace_id) REFERENCES public.namespaces(id) ON DELETE CASCADE NOT VALID;
CREATE UNIQUE INDEX index_issues_on_project_id_and_iid ON public.issues (project_id, iid);
CREATE INDEX index_issues_on_project_id_and_state_id ON public.issues (project_id, state_id);
CREATE INDEX index_namespaces_on_traversal_ids ON public.namespaces USING gin (traversal_ids);
COMMENT ON TABLE public.issues IS 'Issues of a project';
COMMENT ON COLUMN public.issues.state_id IS '1 opened, 2 closed';
GRANT SELECT ON public.issues TO app_reader;
