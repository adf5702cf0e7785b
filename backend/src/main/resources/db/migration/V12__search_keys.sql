-- Search that finds what people type (issue 13). See README "Search".
--
-- Households keep their location in the form a query is compared with (registry/household/AddressQuery):
-- addr_building is the building's designation (the last run of ASCII letters and digits in its name: 幸福里1区3号楼 → 3),
-- addr_unit and addr_room the unit and room without their markers (1单元 → 1, 202室 → 202), addr_text a bungalow
-- household's free address; all lower case, without spaces, full-width digits as ASCII. The application writes them
-- on create, move and import; the statements below fill existing rows with the same rules.
ALTER TABLE household
    ADD COLUMN addr_building VARCHAR(64)  NULL,
    ADD COLUMN addr_unit     VARCHAR(16)  NULL,
    ADD COLUMN addr_room     VARCHAR(16)  NULL,
    ADD COLUMN addr_text     VARCHAR(200) NULL;

UPDATE household
SET addr_unit = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(REPLACE(REPLACE(REPLACE(unit_no, ' ', ''), '　', ''), '－', '-')), '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'),
    addr_room = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(REPLACE(REPLACE(REPLACE(room_no, ' ', ''), '　', ''), '－', '-')), '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'),
    addr_text = CASE WHEN building_id IS NULL THEN REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(REPLACE(REPLACE(REPLACE(address, ' ', ''), '　', ''), '－', '-')), '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9') END;

UPDATE household SET addr_unit = LEFT(addr_unit, CHAR_LENGTH(addr_unit) - 2) WHERE addr_unit LIKE '%单元';
UPDATE household SET addr_unit = LEFT(addr_unit, CHAR_LENGTH(addr_unit) - 1) WHERE addr_unit LIKE '%门';
UPDATE household SET addr_room = LEFT(addr_room, CHAR_LENGTH(addr_room) - 1)
WHERE addr_room LIKE '%室' OR addr_room LIKE '%号' OR addr_room LIKE '%户';
UPDATE household SET addr_unit = NULL WHERE addr_unit = '';
UPDATE household SET addr_room = NULL WHERE addr_room = '';
UPDATE household SET addr_text = NULL WHERE addr_text = '';

-- The designation: letters and digits before the first building marker (幸福里1区3号楼 → 3); else the last run of
-- them (the first run of the reversed name, reversed back); else the whole name. REGEXP_SUBSTR and REVERSE are in
-- MySQL 8.4, MariaDB 11.4 and TiDB alike.
UPDATE household h
    JOIN area b ON b.id = h.building_id
SET h.addr_building = LOWER(REGEXP_SUBSTR(REGEXP_SUBSTR(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(b.name, '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'), '[0-9A-Za-z]+(号楼|栋|幢|座|#)'), '[0-9A-Za-z]+'));
UPDATE household h
    JOIN area b ON b.id = h.building_id
SET h.addr_building = LOWER(REVERSE(REGEXP_SUBSTR(REVERSE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(b.name, '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9')), '[0-9A-Za-z]+')))
WHERE h.addr_building IS NULL OR h.addr_building = '';
UPDATE household h
    JOIN area b ON b.id = h.building_id
SET h.addr_building = LEFT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(REPLACE(REPLACE(REPLACE(b.name, ' ', ''), '　', ''), '－', '-')), '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'), 64)
WHERE h.addr_building IS NULL OR h.addr_building = '';

-- Exact building + unit + room, and a room alone, are index ranges; so is a bungalow address and its beginning.
CREATE INDEX ix_household_addr ON household (addr_building, addr_unit, addr_room);
CREATE INDEX ix_household_addr_room ON household (addr_room);
CREATE INDEX ix_household_addr_text ON household (addr_text);

-- Residents: the full pinyin of the name (张三 → zhangsan) beside its initials (zs). Filled by the application on
-- create, edit and import; existing rows (NULL here) by PinyinBackfill at start-up (pinyin needs Java).
ALTER TABLE resident ADD COLUMN name_pinyin VARCHAR(255) NULL;
CREATE INDEX ix_resident_pinyin ON resident (name_pinyin, id);

-- Every suffix of every name (张三丰: 张三丰, 三丰, 丰), so that "any part of the name" is a prefix match on an index:
-- a name contains q exactly when one of its suffixes begins with q. About 2.7 rows per resident.
CREATE TABLE resident_name_part (
    resident_id BIGINT      NOT NULL,
    part        VARCHAR(64) NOT NULL,
    PRIMARY KEY (part, resident_id),
    CONSTRAINT fk_resident_name_part_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resident_name_part_resident ON resident_name_part (resident_id);

-- Suffixes of one name differ in length and all end in its last (visible) character: no duplicates to remove.
INSERT INTO resident_name_part (resident_id, part)
SELECT r.id, SUBSTRING(r.name, n.n)
FROM resident r
    JOIN (SELECT tens.d * 10 + ones.d + 1 AS n
          FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) tens
              CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) ones) n ON n.n <= CHAR_LENGTH(r.name);
