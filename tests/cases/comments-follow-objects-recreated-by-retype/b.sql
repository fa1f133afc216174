-- A column is retyped (varchar -> text with a new collation-free check); the check, index,
-- policy and trigger over it are re-created, and each keeps its comment.
CREATE TABLE member (id int PRIMARY KEY, handle text NOT NULL, active boolean NOT NULL DEFAULT true);
ALTER TABLE member ADD CONSTRAINT handle_format CHECK (handle ~ '^[a-z0-9_]+$');
CREATE UNIQUE INDEX member_handle_lower ON member (lower(handle));
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_self ON member FOR UPDATE USING (handle = current_user);
CREATE FUNCTION member_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER member_handle_change BEFORE UPDATE OF handle ON member FOR EACH ROW
  WHEN (OLD.handle IS DISTINCT FROM NEW.handle) EXECUTE FUNCTION member_touch();
CREATE VIEW active_members AS SELECT id, handle FROM member WHERE active;
COMMENT ON COLUMN member.handle IS 'login handle';
COMMENT ON CONSTRAINT handle_format ON member IS 'lowercase handles only';
COMMENT ON INDEX member_handle_lower IS 'case-insensitive uniqueness';
COMMENT ON POLICY member_self ON member IS 'members edit themselves';
COMMENT ON TRIGGER member_handle_change ON member IS 'audit handle changes';
COMMENT ON COLUMN active_members.handle IS 'exposed handle';
