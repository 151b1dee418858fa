insert into invoice (id, amount) values (1, 10), (2, 20), (3, 30), (4, 40);
