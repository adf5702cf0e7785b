package com.gridwork.dev.demo;

import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.staff.Staff;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.team.TeamMembership;
import com.gridwork.volunteer.team.TeamRole;
import com.gridwork.volunteer.team.VolunteerTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demo volunteers for `make run`: three teams (two of 幸福里社区, one of the sub-district) and a dozen volunteers. The
 * demo login `volunteer` (刘芳) is the profile of 幸福里社区's first volunteer and leads its 为老服务队, so the phone's
 * volunteer pages have something to show. Runs once, into an empty volunteer table, after the demo areas exist.
 */
@ApplicationScoped
public class DemoVolunteerSeeder {
    private static final Logger LOG = Logger.getLogger(DemoVolunteerSeeder.class);
    private static final String[] NAMES = {
        "刘芳", "陈建华", "王秀兰", "张志强", "李桂英", "赵国庆", "孙丽娟", "周文博", "吴海燕", "郑卫东", "冯雪梅", "何振宇"
    };
    private static final String[][] SKILLS = {
        {"ELDER_CARE"}, {"PATROL"}, {"MEDICAL", "FIRST_AID"}, {"REPAIR"}, {"ARTS"}, {"LEGAL"}, {"TEACHING"}, {"IT"}
    };

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @Inject
    PersonalDataCipher cipher;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2500) StartupEvent event) {
        if (!enabled) {
            return;
        }
        int seeded = QuarkusTransaction.requiringNew().call(this::seed);
        if (seeded > 0) {
            LOG.infof("Demo volunteers seeded: %d volunteers in 3 teams; the login volunteer leads one", seeded);
        }
    }

    private int seed() {
        Area district = Area.find("level", AreaLevel.SUB_DISTRICT).firstResult();
        Area xfl = Area.find("code", "XFL").firstResult();
        if (Volunteer.count() > 0 || district == null || xfl == null) {
            return 0;
        }
        List<Area> communities = Area.list("level = ?1 and parent = ?2 order by code", AreaLevel.COMMUNITY, district);
        VolunteerTeam elderCare = team(xfl, "幸福里为老服务队", "LIVELIHOOD", LocalDate.of(2019, 3, 5));
        VolunteerTeam patrol = team(xfl, "幸福里平安巡防队", "PATROL", LocalDate.of(2020, 6, 1));
        VolunteerTeam legal = team(district, "城关街道法律服务队", "LEGAL", LocalDate.of(2018, 12, 4));
        Staff login = Staff.findByUsername("volunteer");
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            // two thirds in 幸福里社区, the rest in the other communities
            Area community = i % 3 == 2 ? communities.get(i % communities.size()) : xfl;
            Volunteer v = volunteer(i, community);
            if (i == 0 && login != null) {
                v.staffId = login.id;
            }
            volunteers.add(v);
        }
        member(elderCare, volunteers.get(0), TeamRole.LEADER);
        member(elderCare, volunteers.get(1), TeamRole.DEPUTY);
        member(elderCare, volunteers.get(3), TeamRole.MEMBER);
        member(elderCare, volunteers.get(4), TeamRole.MEMBER);
        member(patrol, volunteers.get(1), TeamRole.LEADER);
        member(patrol, volunteers.get(6), TeamRole.MEMBER);
        member(patrol, volunteers.get(7), TeamRole.MEMBER);
        member(legal, volunteers.get(5), TeamRole.LEADER);
        member(legal, volunteers.get(2), TeamRole.MEMBER);
        member(legal, volunteers.get(0), TeamRole.MEMBER);
        return volunteers.size();
    }

    private static VolunteerTeam team(Area area, String name, String type, LocalDate foundedOn) {
        VolunteerTeam t = new VolunteerTeam();
        t.area = area;
        t.areaPath = area.path;
        t.name = name;
        t.typeCode = type;
        t.foundedOn = foundedOn;
        t.persist();
        return t;
    }

    private Volunteer volunteer(int i, Area community) {
        String first17 = "110105" + (1955 + i * 3) + String.format("%02d%02d", 1 + i % 12, 3 + i)
                + String.format("%03d", 200 + i);
        String idCard = first17 + IdCards.checkCharacter(first17);
        Volunteer v = new Volunteer();
        v.community = community;
        v.areaPath = community.path;
        v.rename(NAMES[i]);
        v.idCard = cipher.sealIdCard(idCard);
        v.gender = IdCards.gender(idCard);
        v.birthDate = IdCards.birthDate(idCard);
        v.phone = cipher.sealPhone(String.format("1391000%04d", i + 1));
        v.skills.addAll(Set.of(SKILLS[i % SKILLS.length]));
        v.availability = i % 2 == 0 ? "周末上午" : "工作日晚上";
        v.registeredOn = LocalDate.of(2024, 1 + i % 12, 10);
        v.insuranceUntil = LocalDate.of(2027, 6, 30);
        v.persist();
        return v;
    }

    private static void member(VolunteerTeam team, Volunteer v, TeamRole role) {
        TeamMembership m = new TeamMembership();
        m.team = team;
        m.volunteer = v;
        m.role = role;
        m.joinedOn = team.foundedOn.plusMonths(2);
        m.persist();
    }
}
