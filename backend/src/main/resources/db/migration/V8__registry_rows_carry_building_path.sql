-- Households and residents carry the path of the most specific known area, as issues do: their building's when
-- the household has one, else their grid's (V2 stored the grid's for every row). Scope filters are prefix matches
-- on area_path, so staff scoped to a building now see its households and residents; a grid's prefix still matches
-- the rows of its buildings. A resident's path is its household's.
-- The per-grid rollup (V7) needs no refresh: every row stays in its grid.
UPDATE household h
    JOIN area b ON b.id = h.building_id
SET h.area_path = b.path
WHERE h.area_path <> b.path;

UPDATE resident r
    JOIN household h ON h.id = r.household_id
SET r.area_path = h.area_path
WHERE r.area_path <> h.area_path;
