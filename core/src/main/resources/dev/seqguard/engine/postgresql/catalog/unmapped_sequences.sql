-- Every sequence of the given schemas, and of the search_path when a target's table is named without a schema, with
-- the tables whose columns own it (serial, identity) or call it in their DEFAULT. Sent in the catalog query's round
-- trip, before the targets are resolved: the caller keeps the sequences of the schemas the resolved tables are in that
-- no target draws from and no excluded table uses. Schemas arrive as bind parameters. Every function is called as
-- pg_catalog.f: a same-named function earlier on the search_path must never run.
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
order by n.nspname, s.relname
