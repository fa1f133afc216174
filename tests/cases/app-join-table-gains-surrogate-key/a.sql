CREATE TABLE students (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE courses (id int PRIMARY KEY, code varchar(12) NOT NULL UNIQUE);
CREATE TABLE enrollments (
  student_id int NOT NULL REFERENCES students(id) ON DELETE CASCADE,
  course_id int NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  enrolled_on date NOT NULL DEFAULT current_date,
  PRIMARY KEY (student_id, course_id)
);
CREATE INDEX enrollments_course_id_idx ON enrollments (course_id);
