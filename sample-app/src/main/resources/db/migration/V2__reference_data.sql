-- Reference data with explicit ids: the sequences behind these tables are not moved, so they fall behind.
insert into category (id, name) values (1, 'Books'), (2, 'Music'), (3, 'Films');
insert into product (id, name) select n, 'Product ' || n from generate_series(1, 120) as g(n);
insert into author (id, name) values (1, 'Ada'), (2, 'Grace');
insert into book (id, name) select n, 'Book ' || n from generate_series(1, 10) as g(n);
