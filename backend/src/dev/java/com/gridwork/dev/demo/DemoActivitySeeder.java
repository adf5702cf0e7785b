package com.gridwork.dev.demo;

import com.gridwork.area.Area;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.ActivityPost;
import com.gridwork.volunteer.activity.ActivityService;
import com.gridwork.volunteer.activity.ActivitySession;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.team.TeamStatus;
import com.gridwork.volunteer.team.VolunteerTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Demo volunteer activities for `make run`: a draft, a published one with two sessions, one ended last week and one
 * cancelled, organised by a team of 幸福里社区 (the first team there, or a new one). Runs after the demo areas exist,
 * once, into an empty activity table.
 */
@ApplicationScoped
public class DemoActivitySeeder {
    private static final Logger LOG = Logger.getLogger(DemoActivitySeeder.class);

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::seed);
    }

    private void seed() {
        Area community = Area.find("code", "XFL").firstResult();
        if (Activity.count() > 0 || community == null) {
            return;
        }
        VolunteerTeam team = VolunteerTeam.<VolunteerTeam>find(
                        "areaPath like ?1 and status = ?2 order by id", community.path + "%", TeamStatus.ACTIVE)
                .firstResult();
        if (team == null) {
            team = new VolunteerTeam();
            team.area = community;
            team.areaPath = community.path;
            team.name = "幸福里社区为老服务队";
            team.typeCode = "LIVELIHOOD";
            team.foundedOn = LocalDate.of(2019, 3, 5);
            team.persist();
        }
        LocalDate today = LocalDate.now(IssueDeadlines.ZONE);
        activity(team, community, "重阳节走访独居老人", "ELDER_VISIT", ActivityStatus.PUBLISHED, today.plusDays(3), 2, null);
        activity(team, community, "小区环境清洁日", "ENVIRONMENT", ActivityStatus.DRAFT, today.plusDays(10), 1, null);
        activity(team, community, "防诈骗宣传进楼栋", "CIVILITY", ActivityStatus.ENDED, today.minusDays(6), 1, null);
        activity(team, community, "夏季义诊", "HEALTH", ActivityStatus.CANCELLED, today.plusDays(5), 1, "医院人手临时调整，改期另行通知");
        LOG.info("Demo activities seeded: 4 activities of " + team.name);
    }

    /** An activity on consecutive days from {@code day}, 09:00-11:30 each, with two posts a session. */
    private static void activity(
            VolunteerTeam team,
            Area community,
            String title,
            String category,
            ActivityStatus status,
            LocalDate day,
            int sessions,
            String cancelReason) {
        Activity a = new Activity();
        a.team = team;
        a.community = community;
        a.areaPath = community.path;
        a.title = title;
        a.categoryCode = category;
        a.place = "幸福里社区党群服务中心";
        a.description = "请着志愿者马甲，提前十分钟到场签到。";
        a.signUpMode = SignUpMode.FIRST_COME;
        a.status = status;
        a.startsAt = at(day, 9, 0);
        a.endsAt = at(day.plusDays(sessions - 1L), 11, 30);
        a.signUpDeadline = at(day.minusDays(1), 18, 0);
        a.publishedAt = status == ActivityStatus.DRAFT ? null : at(day.minusDays(7), 10, 0);
        a.cancelReason = cancelReason;
        a.cancelledAt = cancelReason == null ? null : Instant.now();
        a.createdBy = "admin";
        a.persist();
        for (int i = 0; i < sessions; i++) {
            ActivitySession s = new ActivitySession();
            s.activity = a;
            s.startsAt = at(day.plusDays(i), 9, 0);
            s.endsAt = at(day.plusDays(i), 11, 30);
            s.checkInSecret = ActivityService.newCheckInSecret();
            s.persist();
            post(s, "入户陪伴", 6);
            post(s, "后勤保障", 2);
        }
    }

    private static void post(ActivitySession session, String name, int capacity) {
        ActivityPost p = new ActivityPost();
        p.session = session;
        p.name = name;
        p.capacity = capacity;
        p.persist();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute))
                .atZone(IssueDeadlines.ZONE)
                .toInstant();
    }
}
