-- the story: rows written with explicit ids, as PetClinic's data.sql and many test fixtures do
insert into category (id, title) values (1, 'imported'), (2, 'imported');
insert into visit (id, note) values (1, 'imported'), (2, 'imported'), (3, 'imported');
insert into owner (id, name) values (1, 'imported'), (2, 'imported'), (3, 'imported'), (4, 'imported');
