INSERT INTO team_members VALUES (1,'ann'); INSERT INTO projects VALUES (1,1,'p');
