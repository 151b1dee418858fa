-- Reads, in one statement, the extreme id of each table and the state of each sequence, each planned on its own:
-- query_to_xml plans and runs the text it is given inside the server, so one max(id) costs one small plan instead
-- of a branch in one large UNION ALL whose planning dominates on a backend with cold caches.
-- Tables and sequences arrive by oid as bind parameters, never as SQL text; their names come from the catalog and
-- are quoted by format('%I'). Every function is called as pg_catalog.f: a same-named function on the search_path
-- never runs. Each table's lock is taken by its own read and waits at most lock_timeout.
select r.k,
       pg_catalog.query_to_xml(
           pg_catalog.format('select pg_catalog.%s(%I)::pg_catalog.int8 as v from %I.%I',
                             case when r.smallest then 'min' else 'max' end, a.attname, n.nspname, c.relname),
           false, true, '')::text as xml,
       null::int8 as last_value
from rows from (pg_catalog.unnest(?::int4[]), pg_catalog.unnest(?::int8[]::pg_catalog.oid[]),
                pg_catalog.unnest(?::int4[]), pg_catalog.unnest(?::bool[])) as r (k, rel, attnum, smallest)
join pg_catalog.pg_class c on c.oid = r.rel
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_attribute a on a.attrelid = r.rel and a.attnum = r.attnum
union all
-- pg_sequence_last_value is NULL when is_called is false: only those few are read from the relation itself
select s.k,
       case when v.last_value is null then
           pg_catalog.query_to_xml(pg_catalog.format('select last_value, is_called from %I.%I', n.nspname, c.relname),
                                   false, true, '')::text end,
       v.last_value
from rows from (pg_catalog.unnest(?::int4[]), pg_catalog.unnest(?::int8[]::pg_catalog.oid[])) as s (k, rel)
join pg_catalog.pg_class c on c.oid = s.rel
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
cross join lateral (select pg_catalog.pg_sequence_last_value(s.rel::pg_catalog.regclass) as last_value) v
