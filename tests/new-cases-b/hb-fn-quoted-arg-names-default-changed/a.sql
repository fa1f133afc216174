CREATE FUNCTION greet("User Name" text, "Greeting" text DEFAULT 'Hello') RETURNS TABLE("Message" text, "Len" int)
  LANGUAGE sql IMMUTABLE AS $$SELECT "Greeting" || ', ' || "User Name", length("User Name")$$;
