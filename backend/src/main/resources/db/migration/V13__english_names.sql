-- English names of code-list values and issue categories (issue 13): people reading en-US see these, zh-CN the
-- Chinese name. Null for values an administrator added before (and for any without one): screens, exports and
-- messages fall back to the Chinese name.
ALTER TABLE dictionary_item ADD COLUMN name_en VARCHAR(64) NULL;
ALTER TABLE issue_category ADD COLUMN name_en VARCHAR(64) NULL;

-- Only the platform defaults are filled; a sub-district's own values keep null until someone names them.
UPDATE dictionary_item SET name_en = CASE code
    WHEN 'M' THEN 'Male'
    WHEN 'F' THEN 'Female'
    END
WHERE sub_district_id IS NULL AND category = 'GENDER';

-- Ethnic groups: the names of GB/T 3304's romanisation in common English usage.
UPDATE dictionary_item SET name_en = CASE code
    WHEN '01' THEN 'Han'
    WHEN '02' THEN 'Mongol'
    WHEN '03' THEN 'Hui'
    WHEN '04' THEN 'Tibetan'
    WHEN '05' THEN 'Uyghur'
    WHEN '06' THEN 'Miao'
    WHEN '07' THEN 'Yi'
    WHEN '08' THEN 'Zhuang'
    WHEN '09' THEN 'Bouyei'
    WHEN '10' THEN 'Korean'
    WHEN '11' THEN 'Manchu'
    WHEN '12' THEN 'Dong'
    WHEN '13' THEN 'Yao'
    WHEN '14' THEN 'Bai'
    WHEN '15' THEN 'Tujia'
    WHEN '16' THEN 'Hani'
    WHEN '17' THEN 'Kazakh'
    WHEN '18' THEN 'Dai'
    WHEN '19' THEN 'Li'
    WHEN '20' THEN 'Lisu'
    WHEN '21' THEN 'Va'
    WHEN '22' THEN 'She'
    WHEN '23' THEN 'Gaoshan'
    WHEN '24' THEN 'Lahu'
    WHEN '25' THEN 'Sui'
    WHEN '26' THEN 'Dongxiang'
    WHEN '27' THEN 'Naxi'
    WHEN '28' THEN 'Jingpo'
    WHEN '29' THEN 'Kyrgyz'
    WHEN '30' THEN 'Tu'
    WHEN '31' THEN 'Daur'
    WHEN '32' THEN 'Mulao'
    WHEN '33' THEN 'Qiang'
    WHEN '34' THEN 'Blang'
    WHEN '35' THEN 'Salar'
    WHEN '36' THEN 'Maonan'
    WHEN '37' THEN 'Gelao'
    WHEN '38' THEN 'Xibe'
    WHEN '39' THEN 'Achang'
    WHEN '40' THEN 'Pumi'
    WHEN '41' THEN 'Tajik'
    WHEN '42' THEN 'Nu'
    WHEN '43' THEN 'Uzbek'
    WHEN '44' THEN 'Russian'
    WHEN '45' THEN 'Evenki'
    WHEN '46' THEN 'Deang'
    WHEN '47' THEN 'Bonan'
    WHEN '48' THEN 'Yugur'
    WHEN '49' THEN 'Gin'
    WHEN '50' THEN 'Tatar'
    WHEN '51' THEN 'Derung'
    WHEN '52' THEN 'Oroqen'
    WHEN '53' THEN 'Hezhen'
    WHEN '54' THEN 'Monba'
    WHEN '55' THEN 'Lhoba'
    WHEN '56' THEN 'Jino'
    WHEN '97' THEN 'Other'
    WHEN '98' THEN 'Chinese citizen of foreign origin'
    END
WHERE sub_district_id IS NULL AND category = 'ETHNICITY';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'HEAD' THEN 'Head of household'
    WHEN 'SPOUSE' THEN 'Spouse'
    WHEN 'SON' THEN 'Son'
    WHEN 'DAUGHTER' THEN 'Daughter'
    WHEN 'FATHER' THEN 'Father'
    WHEN 'MOTHER' THEN 'Mother'
    WHEN 'GRANDPARENT' THEN 'Grandparent'
    WHEN 'GRANDCHILD' THEN 'Grandchild'
    WHEN 'SON_IN_LAW' THEN 'Son-in-law'
    WHEN 'DAUGHTER_IN_LAW' THEN 'Daughter-in-law'
    WHEN 'SIBLING' THEN 'Sibling'
    WHEN 'TENANT' THEN 'Tenant'
    WHEN 'OTHER' THEN 'Other'
    END
WHERE sub_district_id IS NULL AND category = 'RELATION';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'LOCAL' THEN 'Registered resident'
    WHEN 'RESIDENT_NONLOCAL' THEN 'Non-registered permanent resident'
    WHEN 'FLOATING' THEN 'Floating population'
    END
WHERE sub_district_id IS NULL AND category = 'REGISTRATION_TYPE';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'CPC_MEMBER' THEN 'CPC member'
    WHEN 'CPC_PROBATIONARY' THEN 'CPC probationary member'
    WHEN 'CYL_MEMBER' THEN 'Communist Youth League member'
    WHEN 'DEMOCRATIC_PARTY' THEN 'Democratic party member'
    WHEN 'MASSES' THEN 'Ordinary citizen'
    END
WHERE sub_district_id IS NULL AND category = 'POLITICAL_STATUS';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'EMPLOYED' THEN 'Employed'
    WHEN 'SELF_EMPLOYED' THEN 'Self-employed'
    WHEN 'FLEXIBLE' THEN 'Flexible employment'
    WHEN 'UNEMPLOYED' THEN 'Unemployed'
    WHEN 'RETIRED' THEN 'Retired'
    WHEN 'STUDENT' THEN 'Student'
    WHEN 'PRESCHOOL' THEN 'Preschool child'
    WHEN 'NOT_WORKING' THEN 'Not working'
    END
WHERE sub_district_id IS NULL AND category = 'EMPLOYMENT_STATUS';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'POSTGRADUATE' THEN 'Postgraduate'
    WHEN 'BACHELOR' THEN 'Bachelor''s degree'
    WHEN 'COLLEGE' THEN 'Junior college'
    WHEN 'HIGH_SCHOOL' THEN 'High school / vocational school'
    WHEN 'JUNIOR_HIGH' THEN 'Junior high school'
    WHEN 'PRIMARY' THEN 'Primary school'
    WHEN 'PRESCHOOL' THEN 'Preschool'
    WHEN 'ILLITERATE' THEN 'Illiterate or semi-literate'
    END
WHERE sub_district_id IS NULL AND category = 'EDUCATION';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'OWNED' THEN 'Owner-occupied'
    WHEN 'RENTED' THEN 'Rented'
    WHEN 'PUBLIC_RENTAL' THEN 'Public rental housing'
    WHEN 'OTHER' THEN 'Other'
    END
WHERE sub_district_id IS NULL AND category = 'HOUSING_TYPE';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'GRADE_1' THEN 'Grade 1'
    WHEN 'GRADE_2' THEN 'Grade 2'
    WHEN 'GRADE_3' THEN 'Grade 3'
    WHEN 'GRADE_4' THEN 'Grade 4'
    END
WHERE sub_district_id IS NULL AND category = 'DISABILITY_GRADE';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'ELDERLY' THEN 'Elderly'
    WHEN 'YOUTH' THEN 'Young people'
    WHEN 'DISABLED' THEN 'Person with a disability'
    WHEN 'LEFT_BEHIND_CHILD' THEN 'Left-behind child'
    WHEN 'POOR_HOUSEHOLD' THEN 'Member of a low-income family'
    WHEN 'GRADUATE' THEN 'Recent graduate'
    WHEN 'UNEMPLOYED' THEN 'Unemployed person'
    WHEN 'ELDERLY_ALONE' THEN 'Elderly living alone'
    WHEN 'FLOATING' THEN 'Floating population'
    WHEN 'VETERAN_PARTY_MEMBER' THEN 'Veteran party member'
    WHEN 'MINIMUM_LIVING' THEN 'Minimum living allowance recipient'
    WHEN 'EXTREME_POVERTY' THEN 'Extreme poverty support recipient'
    END
WHERE sub_district_id IS NULL AND category = 'CARE_GROUP';

UPDATE dictionary_item SET name_en = CASE code
    WHEN 'MINIMUM_LIVING' THEN 'Minimum living allowance household'
    WHEN 'EXTREME_POVERTY' THEN 'Extreme poverty household'
    WHEN 'RENTAL' THEN 'Rented-out home'
    WHEN 'EMPTY_NEST' THEN 'Empty-nest family'
    WHEN 'FOCUS' THEN 'Needs attention'
    WHEN 'MILITARY_FAMILY' THEN 'Military or martyr''s family'
    WHEN 'ALONE' THEN 'Person living alone'
    END
WHERE sub_district_id IS NULL AND category = 'HOUSEHOLD_TAG';

UPDATE issue_category SET name_en = CASE code
    WHEN 'WATER' THEN 'Water supply'
    WHEN 'POWER' THEN 'Electricity'
    WHEN 'HEATING' THEN 'Heating'
    WHEN 'GAS' THEN 'Gas'
    WHEN 'ROADS_LIGHTING' THEN 'Roads and lighting'
    WHEN 'SANITATION' THEN 'Sanitation'
    WHEN 'PROPERTY' THEN 'Property management'
    WHEN 'NEIGHBOUR_DISPUTE' THEN 'Neighbour dispute'
    WHEN 'FAMILY_CONFLICT' THEN 'Family conflict'
    WHEN 'PUBLIC_SECURITY' THEN 'Public security'
    WHEN 'SOCIAL_ASSISTANCE' THEN 'Social assistance'
    WHEN 'OTHER' THEN 'Other'
    END
WHERE sub_district_id IS NULL;
