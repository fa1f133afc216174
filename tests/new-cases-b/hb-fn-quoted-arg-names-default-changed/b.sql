CREATE FUNCTION greet("User Name" text, "Greeting" text DEFAULT 'Hi '' there') RETURNS TABLE("Message" text, "Len" int)
  LANGUAGE sql IMMUTABLE AS $$SELECT "Greeting" || ', ' || "User Name", length("User Name")$$;
