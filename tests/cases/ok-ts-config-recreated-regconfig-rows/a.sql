CREATE TEXT SEARCH CONFIGURATION product (PARSER = default);
CREATE TABLE doc (lang regconfig);
