-- unmapped_sequences.sql, with the tables whose columns own each sequence (serial, identity) or call it in their
-- DEFAULT: sent instead of it when the table filter has include or exclude patterns, so that a sequence of a table left
-- out is not listed. One pg_depend lookup per sequence: the costly part in a schema of thousands of sequences, which
-- a check without table patterns does not pay. Every function is called as pg_catalog.f.
select s.oid::int8 as sequence_oid,
       n.nspname::text as sequence_schema,
       s.relname::text as sequence_name,
       pg_catalog.array_remove(pg_catalog.array_agg(tn.nspname::text), null) as table_schemas,
       pg_catalog.array_remove(pg_catalog.array_agg(t.relname::text), null) as table_names
from pg_catalog.pg_class s
join pg_catalog.pg_namespace n on n.oid = s.relnamespace
left join lateral (select d.refobjid as relid
                     from pg_catalog.pg_depend d
                    where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = s.oid
                      and d.refclassid = 'pg_catalog.pg_class'::regclass and d.deptype in ('a', 'i')
                   union
                   select ad.adrelid
                     from pg_catalog.pg_depend d
                     join pg_catalog.pg_attrdef ad on ad.oid = d.objid
                    where d.classid = 'pg_catalog.pg_attrdef'::regclass
                      and d.refclassid = 'pg_catalog.pg_class'::regclass and d.refobjid = s.oid) u on true
left join pg_catalog.pg_class t on t.oid = u.relid
left join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace
where s.relkind = 'S'
  and (n.nspname::text = any (?::text[]) or (? and n.nspname = any (pg_catalog.current_schemas(true))))
group by s.oid, n.nspname, s.relname
