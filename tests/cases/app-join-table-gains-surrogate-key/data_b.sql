INSERT INTO students VALUES (1, 'Ann');
INSERT INTO courses VALUES (10, 'MATH101');
INSERT INTO enrollments (student_id, course_id, enrolled_on, grade) VALUES (1, 10, '2024-09-01', 'A');
INSERT INTO grade_changes (enrollment_id, old_grade, new_grade) VALUES (1, NULL, 'A');
