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
  closed_at timestamptz,
  external_key varchar(255)
) WITH (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02, fillfactor = 90);
ALTER TABLE public.issues ALTER COLUMN description SET STORAGE EXTERNAL;
ALTER TABLE public.issues ALTER COLUMN description SET COMPRESSION pglz;
ALTER TABLE public.issues ALTER COLUMN project_id SET STATISTICS 1000;
ALTER TABLE public.issues ADD CONSTRAINT check_fba63f706d CHECK (char_length(description) <= 1048576);
ALTER TABLE public.issues ADD CONSTRAINT check_weight_nonneg CHECK (weight >= 0) NOT VALID;
ALTER TABLE public.issues ADD CONSTRAINT fk_issues_namespace FOREIGN KEY (namespace_id) REFERENCES public.namespaces(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX index_issues_on_project_id_and_iid ON public.issues (project_id, iid) INCLUDE (state_id);
CREATE INDEX index_issues_on_project_id_and_state_id ON public.issues (project_id, state_id, id) WITH (fillfactor = 80);
CREATE UNIQUE INDEX index_issues_on_project_id_and_external_key ON public.issues (project_id, external_key) NULLS NOT DISTINCT WHERE external_key IS NOT NULL;
CREATE INDEX index_issues_on_closed_at_brin ON public.issues USING brin (closed_at) WITH (pages_per_range = 32);
CREATE INDEX index_namespaces_on_traversal_ids ON public.namespaces USING gin (traversal_ids) WITH (fastupdate = off);
CREATE STATISTICS issues_project_state_stats (ndistinct, dependencies) ON project_id, state_id FROM public.issues;
COMMENT ON TABLE public.issues IS 'Issues of a project or group';
COMMENT ON COLUMN public.issues.state_id IS '1 opened, 2 closed, 3 locked';
COMMENT ON CONSTRAINT check_weight_nonneg ON public.issues IS 'validated in a later release';
COMMENT ON INDEX public.index_issues_on_closed_at_brin IS 'for the retention worker';
GRANT SELECT ON public.issues TO app_reader;
GRANT SELECT (id, project_id, title, state_id), UPDATE (title, state_id) ON public.issues TO app_writer;
