-- Every column fed by a sequence in the given schemas, as stored (unquoted): IDENTITY columns, and columns whose DEFAULT
-- calls nextval on a sequence (serial, bigserial, DEFAULT nextval('...'), a serial whose DEFAULT was switched to
-- another sequence). resolve_targets.sql then finds the sequence each one draws from, as for an entity's IDENTITY id.
-- Partitions are left out: the check of their partitioned table reads their rows.
-- Every function is called as pg_catalog.f: a same-named function earlier on the search_path must never run.
select n.nspname as table_schema, c.relname as table_name, a.attname as column_name,
       a.attidentity in ('a', 'd') as is_identity
from pg_catalog.pg_namespace n
join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relkind in ('r', 'p') and not c.relispartition
join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
where n.nspname::text = any (?::text[])
  and (a.attidentity in ('a', 'd')
       or exists (select
                    from pg_catalog.pg_attrdef ad
                    join pg_catalog.pg_depend d on d.classid = 'pg_catalog.pg_attrdef'::regclass and d.objid = ad.oid
                                               and d.refclassid = 'pg_catalog.pg_class'::regclass
                    join pg_catalog.pg_class s on s.oid = d.refobjid and s.relkind = 'S'
                   where ad.adrelid = a.attrelid and ad.adnum = a.attnum))
order by n.nspname, c.relname, a.attnum
