package com.gridwork.dev.generate;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.persistence.SqlLists;
import com.gridwork.common.text.NameParts;
import com.gridwork.common.text.NamePinyin;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.stats.RegistryCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills grids with realistic (fictitious) households and residents, fast: multi-row JDBC inserts in chunks,
 * personal data encrypted exactly as the application stores it (ciphertext, keyed hash, masked form), name
 * initials, area paths, a CREATED history entry per household; the grids it fills are marked stale for the
 * statistics ({@link RegistryCounts}). Used by the demo seeder and by benchmarks.
 *
 * <p>Household make-up follows rough urban proportions: elderly living alone (12 %), elderly couples (10 %),
 * couples with children (35 %), three generations (13 %), rented flats of non-local or floating residents (15 %),
 * young singles or couples (10 %), single middle-aged (5 %); 低保 3 %, 特困 0.5 %, disabilities 2.5 %, party members
 * 9 % of adults. Flats are spread over the buildings' units and floors; grids without buildings get street addresses.
 * The same seed gives the same people.
 */
@ApplicationScoped
public class RegistryGenerator {
    private static final Logger LOG = Logger.getLogger(RegistryGenerator.class);
    private static final int CHUNK = 300;
    private static final String[] STREETS = {"解放路", "人民街", "和平巷", "光明里", "建设路", "文化巷", "新华街", "胜利路", "朝阳巷", "东风路"};
    private static final String[] MINORITIES = {"03", "08", "11", "06", "15", "02", "05", "10"};

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AgroalDataSource dataSource;

    /** Percentage of households (other than elderly living alone) given one or two more relatives; 0 by default. */
    private int extraMembersPercent;

    public record Result(int households, int residents, long millis) {}

    /**
     * Larger households: with {@code percent} % probability a household (other than an elderly person living alone)
     * also has one or two relatives (grandchild, sibling, other). The default 0 draws nothing extra, so a seed keeps
     * giving the same people; the district benchmark uses about 55 % to reach 1,000,000 residents in 300,000 households.
     */
    public RegistryGenerator withExtraMembers(int percent) {
        this.extraMembersPercent = percent;
        return this;
    }

    /** A generator outside CDI (benchmark tooling): give it the cipher and call the {@link Connection} methods. */
    public static RegistryGenerator standalone(PersonalDataCipher cipher) {
        RegistryGenerator generator = new RegistryGenerator();
        generator.cipher = cipher;
        return generator;
    }

    /** {@code householdsPerGrid} households in each grid. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Result generate(List<Long> gridIds, int householdsPerGrid, long seed, String actor) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        gridIds.forEach(id -> counts.put(id, householdsPerGrid));
        return generate(counts, seed, actor);
    }

    /** The given number of households per grid id, in the caller's transaction (or a new one). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Result generate(Map<Long, Integer> householdsByGrid, long seed, String actor) {
        try (Connection connection = dataSource.getConnection()) {
            return generate(connection, householdsByGrid, seed, actor, false);
        } catch (SQLException e) {
            throw new IllegalStateException("generating the registry failed", e);
        }
    }

    /**
     * The same on a given connection (no CDI, no JTA: benchmark tooling). With {@code commitPerGrid} the
     * connection must not be in auto-commit mode; each grid's rows are committed together.
     */
    public Result generate(
            Connection connection, Map<Long, Integer> householdsByGrid, long seed, String actor, boolean commitPerGrid)
            throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(seed);
        int households = 0;
        int residents = 0;
        Writer writer = new Writer(connection, actor, new Random(seed * 31 + 7));
        for (Map.Entry<Long, Integer> entry : householdsByGrid.entrySet()) {
            Grid grid = grid(connection, entry.getKey());
            List<Location> locations = locations(connection, grid, entry.getValue(), random);
            for (Location location : locations) {
                writer.add(household(random, grid, location));
                households++;
                if (writer.pending() >= CHUNK) {
                    residents += writer.flush();
                }
            }
            residents += writer.flush();
            if (commitPerGrid) {
                // The statistics recount the grid on their next request (marked with its rows, as every write does).
                RegistryCounts.markStale(connection, List.of(grid.id()));
                connection.commit();
            }
        }
        if (!commitPerGrid) {
            RegistryCounts.markStale(connection, householdsByGrid.keySet());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof(
                "Generated %d households with %d residents in %d grids in %d ms",
                households, residents, householdsByGrid.size(), millis);
        return new Result(households, residents, millis);
    }

    // ------------------------------------------------------------------ a whole district

    /** What {@link #createDistrict} built: the sub-district, its communities and grids (ids in creation order). */
    public record District(long subDistrictId, List<Long> communityIds, List<Long> gridIds, int buildings) {}

    /**
     * Creates a sub-district with {@code communities} communities of {@code gridsPerCommunity} grids each; most
     * grids get residential buildings (4 to 12, 6 to 26 floors, 1 to 4 units), one in ten is a bungalow area
     * without buildings. Codes: the sub-district's {@code code}, communities C01.., grids C01-G01.., buildings B01...
     * Paths are materialised as the application does ("/1/5/23/"). Commits when done.
     */
    public static District createDistrict(
            Connection connection, String code, String name, int communities, int gridsPerCommunity, long seed)
            throws SQLException {
        Random random = new Random(seed);
        Instant now = Instant.now();
        long subDistrict = insertArea(connection, "SUB_DISTRICT", null, "/", code, name, null, null, now);
        String subPath = "/" + subDistrict + "/";
        String[] communityNames = {
            "幸福里", "和平", "光明", "建设", "文化", "新华", "胜利", "朝阳", "东风", "人民", "解放", "长青", "锦绣", "紫荆", "丹桂", "翠苑", "滨江", "湖畔",
            "南苑", "北苑", "金桥", "银河", "育才", "春晖", "秋实"
        };
        List<Long> communityIds = new ArrayList<>();
        List<Long> gridIds = new ArrayList<>();
        int buildingCount = 0;
        int[] floorChoices = {6, 7, 11, 18, 26};
        for (int c = 1; c <= communities; c++) {
            String cName = communityNames[(c - 1) % communityNames.length]
                    + ((c - 1) / communityNames.length == 0 ? "" : (c - 1) / communityNames.length + 1) + "社区";
            String cCode = String.format("C%02d", c);
            long community = insertArea(connection, "COMMUNITY", subDistrict, subPath, cCode, cName, null, null, now);
            communityIds.add(community);
            String cPath = subPath + community + "/";
            for (int g = 1; g <= gridsPerCommunity; g++) {
                long grid = insertArea(
                        connection,
                        "GRID",
                        community,
                        cPath,
                        cCode + String.format("-G%02d", g),
                        cName.replace("社区", "") + "第" + g + "网格",
                        null,
                        null,
                        now);
                gridIds.add(grid);
                if (random.nextInt(10) == 0) {
                    continue; // bungalow area: street addresses
                }
                String gPath = cPath + grid + "/";
                int buildings = 4 + random.nextInt(9);
                for (int b = 1; b <= buildings; b++) {
                    insertArea(
                            connection,
                            "BUILDING",
                            grid,
                            gPath,
                            String.format("B%02d", b),
                            cName.replace("社区", "") + g + "区" + b + "号楼",
                            floorChoices[random.nextInt(floorChoices.length)],
                            1 + random.nextInt(4),
                            now);
                    buildingCount++;
                }
            }
            connection.commit();
        }
        return new District(subDistrict, communityIds, gridIds, buildingCount);
    }

    private static long insertArea(
            Connection connection,
            String level,
            Long parentId,
            String parentPath,
            String code,
            String name,
            Integer floors,
            Integer units,
            Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO area (level, parent_id, path, code, name, "
                        + "floors, unit_count, version, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?, ?, 0, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            MultiRowInsert.bind(statement, 1, level);
            MultiRowInsert.bind(statement, 2, parentId);
            MultiRowInsert.bind(statement, 3, code);
            MultiRowInsert.bind(statement, 4, name);
            MultiRowInsert.bind(statement, 5, floors);
            MultiRowInsert.bind(statement, 6, units);
            MultiRowInsert.bind(statement, 7, now);
            MultiRowInsert.bind(statement, 8, now);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE area SET path = ? WHERE id = ?")) {
            statement.setString(1, parentPath + id + "/");
            statement.setLong(2, id);
            statement.executeUpdate();
        }
        return id;
    }

    // ------------------------------------------------------------------ places

    private record Grid(long id, String name, String path) {}

    private record Building(long id, String name, String path, int floors, int units) {}

    /** A flat of a building (its id and path), or a street address in the grid (building null). */
    private record Location(
            Long buildingId, String buildingName, String buildingPath, String unit, String room, String address) {}

    private static Grid grid(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id, name, path FROM area WHERE id = ? AND level = 'GRID'")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no grid with id " + id);
                }
                return new Grid(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /** Distinct flats (unit, floor, room) of the grid's buildings, shuffled; street addresses when it has none. */
    private static List<Location> locations(Connection connection, Grid grid, int count, Random random)
            throws SQLException {
        List<Building> buildings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, path, floors, unit_count FROM area WHERE parent_id = ? AND level = 'BUILDING' ORDER BY id")) {
            statement.setLong(1, grid.id());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int floors = rs.getInt(4);
                    int units = rs.getInt(5);
                    buildings.add(new Building(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            floors <= 0 ? 6 : floors,
                            units <= 0 ? 1 : units));
                }
            }
        }
        List<Location> locations = new ArrayList<>(count);
        if (buildings.isEmpty()) {
            Set<String> used = new HashSet<>();
            while (locations.size() < count) {
                String address =
                        STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(Math.max(count, 50) * 2)) + "号";
                if (used.add(address)) {
                    locations.add(new Location(null, null, null, null, null, address));
                }
            }
            return locations;
        }
        int unitFloors =
                buildings.stream().mapToInt(b -> b.floors() * b.units()).sum();
        int perFloor = Math.min(Math.max(2, (int) Math.ceil(count * 1.15 / unitFloors)), 9);
        List<Location> all = new ArrayList<>();
        for (Building building : buildings) {
            for (int unit = 1; unit <= building.units(); unit++) {
                for (int floor = 1; floor <= building.floors(); floor++) {
                    for (int door = 1; door <= perFloor; door++) {
                        all.add(new Location(
                                building.id(),
                                building.name(),
                                building.path(),
                                building.units() > 1 ? Integer.toString(unit) : null,
                                floor * 100 + door + "",
                                null));
                    }
                }
            }
        }
        Collections.shuffle(all, random);
        // More flats than people wanted: some stand empty. Fewer (perFloor capped): the rest get street addresses.
        locations.addAll(all.subList(0, Math.min(count, all.size())));
        int street = 1;
        while (locations.size() < count) {
            locations.add(new Location(null, null, null, null, null, grid.name() + "平房区" + street++ + "号"));
        }
        return locations;
    }

    // ------------------------------------------------------------------ people

    private static final class Person {
        String name;
        boolean male;
        LocalDate birth;
        String relation;
        String registration;
        String division;
        String ethnicity = "01";
        String political;
        String employment;
        String education;
        String disability;
        Set<String> care = new LinkedHashSet<>();
        String phone;
        LocalDate moveIn;
        String idCard;
    }

    private static final class NewHousehold {
        Grid grid;
        Location location;
        String housing;
        Set<String> tags = new LinkedHashSet<>();
        List<Person> members = new ArrayList<>();

        String areaPath() {
            return Household.areaPathOf(grid.path(), location.buildingPath());
        }
    }

    private NewHousehold household(Random random, Grid grid, Location location) {
        LocalDate today = LocalDate.now();
        NewHousehold h = new NewHousehold();
        h.grid = grid;
        h.location = location;
        h.housing = pick(random, 88, "OWNED", 7, "PUBLIC_RENTAL", 5, "OTHER");
        int kind = random.nextInt(100);
        String surname = FakePeople.surname(random);
        boolean local = true;
        boolean floating = false;
        if (kind < 12) {
            Person head = person(random, surname, random.nextInt(100) < 35, today, 65, 92, "HEAD");
            h.members.add(head);
            h.tags.add("ALONE");
            head.care.add("ELDERLY_ALONE");
            if (random.nextInt(100) < 5) {
                h.tags.add("EXTREME_POVERTY");
                head.care.add("EXTREME_POVERTY");
            }
        } else if (kind < 22) {
            Person head = person(random, surname, true, today, 62, 88, "HEAD");
            h.members.add(head);
            h.members.add(spouse(random, head, today));
            h.tags.add("EMPTY_NEST");
        } else if (kind < 57) {
            Person head = person(random, surname, random.nextInt(100) < 80, today, 28, 55, "HEAD");
            h.members.add(head);
            h.members.add(spouse(random, head, today));
            children(random, h, head, today, 1 + (random.nextInt(100) < 40 ? 1 : 0));
        } else if (kind < 70) {
            Person head = person(random, surname, random.nextInt(100) < 80, today, 35, 55, "HEAD");
            h.members.add(head);
            h.members.add(spouse(random, head, today));
            children(random, h, head, today, 1);
            int headAge = age(head, today);
            Person father = person(
                    random, surname, true, today, Math.max(headAge + 22, 58), Math.min(headAge + 35, 95), "FATHER");
            h.members.add(father);
            if (random.nextInt(100) < 60) {
                Person mother = spouse(random, father, today);
                mother.relation = "MOTHER";
                h.members.add(mother);
            }
        } else if (kind < 85) {
            local = false;
            floating = random.nextInt(100) < 60;
            h.housing = "RENTED";
            h.tags.add("RENTAL");
            Person head = person(random, surname, random.nextInt(100) < 65, today, 20, 45, "HEAD");
            h.members.add(head);
            int others = random.nextInt(3);
            if (others > 0 && random.nextBoolean()) {
                h.members.add(spouse(random, head, today));
                others--;
            }
            for (int i = 0; i < others; i++) {
                h.members.add(
                        person(random, FakePeople.surname(random), random.nextBoolean(), today, 19, 40, "TENANT"));
            }
        } else if (kind < 95) {
            Person head = person(random, surname, random.nextBoolean(), today, 23, 35, "HEAD");
            h.members.add(head);
            if (random.nextBoolean()) {
                h.members.add(spouse(random, head, today));
            }
        } else {
            h.members.add(person(random, surname, random.nextBoolean(), today, 40, 64, "HEAD"));
        }
        if (extraMembersPercent > 0 && kind >= 12 && random.nextInt(100) < extraMembersPercent) {
            Person head = h.members.get(0);
            int headAge = age(head, today);
            int more = 1 + random.nextInt(2);
            for (int i = 0; i < more; i++) {
                if (headAge >= 45 && random.nextBoolean()) {
                    boolean boy = random.nextBoolean();
                    h.members.add(person(
                            random,
                            head.male ? head.name.substring(0, 1) : FakePeople.surname(random),
                            boy,
                            today,
                            0,
                            Math.max(headAge - 45, 0),
                            "GRANDCHILD"));
                } else if (random.nextBoolean()) {
                    h.members.add(person(
                            random,
                            head.name.substring(0, 1),
                            random.nextBoolean(),
                            today,
                            Math.max(headAge - 8, 18),
                            headAge + 8,
                            "SIBLING"));
                } else {
                    h.members.add(
                            person(random, FakePeople.surname(random), random.nextBoolean(), today, 18, 70, "OTHER"));
                }
            }
        }
        int extra = random.nextInt(1000);
        if (extra < 30) {
            h.tags.add("MINIMUM_LIVING");
            h.members.forEach(p -> {
                p.care.add("MINIMUM_LIVING");
                p.care.add("POOR_HOUSEHOLD");
            });
        } else if (extra < 45) {
            h.tags.add("FOCUS");
        } else if (extra < 55) {
            h.tags.add("MILITARY_FAMILY");
        }
        LocalDate householdMoveIn = today.minusDays(30 + random.nextInt(floating ? 5 * 365 : 30 * 365));
        String division = local
                ? FakePeople.LOCAL_DIVISIONS[random.nextInt(FakePeople.LOCAL_DIVISIONS.length)]
                : FakePeople.OTHER_DIVISIONS[random.nextInt(FakePeople.OTHER_DIVISIONS.length)];
        for (Person p : h.members) {
            finish(random, p, today, local, floating, division, householdMoveIn);
        }
        return h;
    }

    private static Person person(
            Random random, String surname, boolean male, LocalDate today, int minAge, int maxAge, String relation) {
        Person p = new Person();
        p.male = male;
        p.name = surname + FakePeople.givenName(random, male);
        p.birth = FakePeople.birthDate(random, today, minAge, Math.max(minAge, maxAge));
        p.relation = relation;
        return p;
    }

    private static Person spouse(Random random, Person of, LocalDate today) {
        int age = age(of, today) + random.nextInt(7) - (of.male ? 4 : 2);
        return person(
                random, FakePeople.surname(random), !of.male, today, Math.max(age, 20), Math.max(age, 20), "SPOUSE");
    }

    private static void children(Random random, NewHousehold h, Person head, LocalDate today, int count) {
        int headAge = age(head, today);
        for (int i = 0; i < count; i++) {
            boolean son = random.nextBoolean();
            int max = Math.max(headAge - 22, 0);
            int min = Math.max(headAge - 38, 0);
            Person child = person(
                    random,
                    head.male ? head.name.substring(0, 1) : FakePeople.surname(random),
                    son,
                    today,
                    min,
                    max,
                    son ? "SON" : "DAUGHTER");
            h.members.add(child);
        }
    }

    private static void finish(
            Random random,
            Person p,
            LocalDate today,
            boolean local,
            boolean floating,
            String division,
            LocalDate householdMoveIn) {
        int age = age(p, today);
        p.registration = local
                ? (random.nextInt(100) < 88 ? "LOCAL" : "RESIDENT_NONLOCAL")
                : floating ? "FLOATING" : "RESIDENT_NONLOCAL";
        p.division = "LOCAL".equals(p.registration)
                ? division
                : FakePeople.OTHER_DIVISIONS[random.nextInt(FakePeople.OTHER_DIVISIONS.length)];
        if (floating) {
            p.care.add("FLOATING");
        }
        if (random.nextInt(100) >= 95) {
            p.ethnicity = MINORITIES[random.nextInt(MINORITIES.length)];
        }
        if (age < 6) {
            p.education = "PRESCHOOL";
            p.employment = "PRESCHOOL";
        } else if (age < 12) {
            p.education = "PRIMARY";
            p.employment = "STUDENT";
        } else if (age < 15) {
            p.education = "JUNIOR_HIGH";
            p.employment = "STUDENT";
        } else if (age < 18) {
            p.education = "HIGH_SCHOOL";
            p.employment = "STUDENT";
        } else {
            p.education = age < 45
                    ? pick(
                            random,
                            12,
                            "POSTGRADUATE",
                            38,
                            "BACHELOR",
                            25,
                            "COLLEGE",
                            17,
                            "HIGH_SCHOOL",
                            8,
                            "JUNIOR_HIGH")
                    : age < 65
                            ? pick(
                                    random,
                                    3,
                                    "POSTGRADUATE",
                                    17,
                                    "BACHELOR",
                                    20,
                                    "COLLEGE",
                                    30,
                                    "HIGH_SCHOOL",
                                    30,
                                    "JUNIOR_HIGH")
                            : pick(
                                    random,
                                    6,
                                    "BACHELOR",
                                    8,
                                    "COLLEGE",
                                    26,
                                    "HIGH_SCHOOL",
                                    30,
                                    "JUNIOR_HIGH",
                                    24,
                                    "PRIMARY",
                                    6,
                                    "ILLITERATE");
            if (age <= 22 && random.nextInt(100) < 70) {
                p.employment = "STUDENT";
            } else if (age >= 60 && random.nextInt(100) < 85) {
                p.employment = "RETIRED";
            } else {
                p.employment = pick(
                        random, 70, "EMPLOYED", 8, "SELF_EMPLOYED", 9, "FLEXIBLE", 5, "UNEMPLOYED", 8, "NOT_WORKING");
                if ("UNEMPLOYED".equals(p.employment)) {
                    p.care.add("UNEMPLOYED");
                }
            }
        }
        if (age >= 14) {
            int draw = random.nextInt(100);
            p.political = age >= 18 && draw < 9
                    ? "CPC_MEMBER"
                    : age <= 28 && draw < 35 ? "CYL_MEMBER" : draw == 99 ? "DEMOCRATIC_PARTY" : "MASSES";
            if ("CPC_MEMBER".equals(p.political) && age >= 65) {
                p.care.add("VETERAN_PARTY_MEMBER");
            }
        }
        if (age >= 60) {
            p.care.add("ELDERLY");
        } else if (age >= 6 && age < 18) {
            p.care.add("YOUTH");
            if (random.nextInt(100) < 2) {
                p.care.add("LEFT_BEHIND_CHILD");
            }
        } else if (age >= 21
                && age <= 24
                && ("BACHELOR".equals(p.education) || "COLLEGE".equals(p.education))
                && random.nextInt(100) < 40) {
            p.care.add("GRADUATE");
        }
        if (random.nextInt(1000) < 25) {
            p.disability = "GRADE_" + (1 + random.nextInt(4));
            p.care.add("DISABLED");
        }
        int phoneChance = age < 14 ? 0 : age < 18 ? 40 : age <= 70 ? 92 : 55;
        if (random.nextInt(100) < phoneChance) {
            p.phone = FakePeople.mobile(random);
        }
        p.moveIn = householdMoveIn.isBefore(p.birth) ? p.birth : householdMoveIn;
    }

    private static int age(Person p, LocalDate today) {
        return java.time.Period.between(p.birth, today).getYears();
    }

    /** Picks among (weight, value) pairs. */
    private static String pick(Random random, Object... weightsAndValues) {
        int total = 0;
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            total += (Integer) weightsAndValues[i];
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            draw -= (Integer) weightsAndValues[i];
            if (draw < 0) {
                return (String) weightsAndValues[i + 1];
            }
        }
        return (String) weightsAndValues[weightsAndValues.length - 1];
    }

    // ------------------------------------------------------------------ writing

    /** Buffers households and writes them, their residents, heads, tags and history in a few statements. */
    private final class Writer {
        private final Connection connection;
        private final String actor;
        private final List<NewHousehold> pending = new ArrayList<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Random ids;

        Writer(Connection connection, String actor, Random ids) {
            this.connection = connection;
            this.actor = actor;
            this.ids = ids;
        }

        void add(NewHousehold household) {
            pending.add(household);
        }

        int pending() {
            return pending.size();
        }

        int flush() throws SQLException {
            if (pending.isEmpty()) {
                return 0;
            }
            assignIdNumbers();
            Instant now = Instant.now();
            MultiRowInsert households = new MultiRowInsert(
                    connection,
                    "household",
                    "grid_id",
                    "building_id",
                    "unit_no",
                    "room_no",
                    "address",
                    "address_key",
                    "addr_building",
                    "addr_unit",
                    "addr_room",
                    "addr_text",
                    "housing_type",
                    "phone_enc",
                    "phone_hash",
                    "phone_masked",
                    "status",
                    "area_path",
                    "version",
                    "created_at",
                    "updated_at");
            for (NewHousehold h : pending) {
                Location l = h.location;
                String phone = h.members.get(0).phone;
                String[] search = Household.searchKeys(l.buildingName(), l.unit(), l.room(), l.address());
                households.add(
                        h.grid.id(),
                        l.buildingId(),
                        l.unit(),
                        l.room(),
                        l.address() != null ? l.address() : null,
                        Household.addressKey(h.grid.id(), l.buildingId(), l.unit(), l.room(), l.address()),
                        search[0],
                        search[1],
                        search[2],
                        search[3],
                        h.housing,
                        phone == null ? null : cipher.encrypt(phone),
                        phone == null ? null : cipher.hash(Phones.normalize(phone)),
                        phone == null ? null : Phones.mask(phone),
                        "ACTIVE",
                        h.areaPath(),
                        0L,
                        now,
                        now);
            }
            List<Long> householdIds = households.flush(true);
            MultiRowInsert residents = new MultiRowInsert(
                    connection,
                    "resident",
                    "household_id",
                    "name",
                    "name_initials",
                    "name_pinyin",
                    "gender",
                    "birth_date",
                    "ethnicity",
                    "id_card_enc",
                    "id_card_hash",
                    "id_card_masked",
                    "phone_enc",
                    "phone_hash",
                    "phone_masked",
                    "relation",
                    "registration_type",
                    "political_status",
                    "employment_status",
                    "education",
                    "disability_grade",
                    "move_in_date",
                    "status",
                    "area_path",
                    "version",
                    "created_at",
                    "updated_at");
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                NewHousehold h = pending.get(i);
                for (Person p : h.members) {
                    NamePinyin pinyin = NamePinyin.of(p.name);
                    residents.add(
                            householdIds.get(i),
                            p.name,
                            pinyin.initials(),
                            pinyin.full(),
                            p.male ? "M" : "F",
                            p.birth,
                            p.ethnicity,
                            cipher.encrypt(p.idCard),
                            cipher.hash(p.idCard),
                            IdCards.mask(p.idCard),
                            p.phone == null ? null : cipher.encrypt(p.phone),
                            p.phone == null ? null : cipher.hash(Phones.normalize(p.phone)),
                            p.phone == null ? null : Phones.mask(p.phone),
                            p.relation,
                            p.registration,
                            p.political,
                            p.employment,
                            p.education,
                            p.disability,
                            p.moveIn,
                            "ACTIVE",
                            h.areaPath(),
                            0L,
                            now,
                            now);
                    people.add(p);
                }
            }
            List<Long> residentIds = residents.flush(true);
            Map<Long, Long> heads = new LinkedHashMap<>();
            MultiRowInsert householdTags = new MultiRowInsert(connection, "household_tag", "household_id", "code");
            MultiRowInsert residentTags = new MultiRowInsert(connection, "resident_tag", "resident_id", "code");
            MultiRowInsert nameParts = new MultiRowInsert(connection, "resident_name_part", "resident_id", "part");
            MultiRowInsert events = new MultiRowInsert(
                    connection, "household_event", "household_id", "resident_id", "kind", "detail", "actor", "at");
            int r = 0;
            for (int i = 0; i < pending.size(); i++) {
                NewHousehold h = pending.get(i);
                long householdId = householdIds.get(i);
                heads.put(householdId, residentIds.get(r));
                for (String tag : h.tags) {
                    householdTags.add(householdId, tag);
                }
                events.add(householdId, null, "CREATED", null, actor, now);
                for (Person p : h.members) {
                    long residentId = residentIds.get(r++);
                    for (String part : NameParts.of(p.name)) {
                        nameParts.add(residentId, part);
                    }
                    for (String tag : p.care) {
                        residentTags.add(residentId, tag);
                    }
                }
            }
            MultiRowInsert.setById(connection, "household", "head_resident_id", heads);
            householdTags.flush(false);
            residentTags.flush(false);
            nameParts.flush(false);
            events.flush(false);
            int written = people.size();
            pending.clear();
            return written;
        }

        /** Valid ID numbers, unique in this run and in the registry (drawn again on a collision). */
        private void assignIdNumbers() throws SQLException {
            List<Person> open = new ArrayList<>();
            for (NewHousehold h : pending) {
                open.addAll(h.members);
            }
            while (!open.isEmpty()) {
                Map<String, Person> byHash = new LinkedHashMap<>();
                for (Person p : open) {
                    do {
                        p.idCard = FakePeople.idNumber(ids, p.division, p.birth, p.male);
                    } while (!usedIds.add(p.idCard));
                    byHash.put(cipher.hash(p.idCard), p);
                }
                open.clear();
                try (PreparedStatement statement =
                        connection.prepareStatement("SELECT id_card_hash FROM resident WHERE id_card_hash IN ("
                                + SqlLists.placeholders(byHash.size()) + ")")) {
                    SqlLists.bind(statement, 1, byHash.keySet());
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            open.add(byHash.get(rs.getString(1)));
                        }
                    }
                }
            }
        }
    }
}
