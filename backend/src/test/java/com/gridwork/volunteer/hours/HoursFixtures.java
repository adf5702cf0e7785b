package com.gridwork.volunteer.hours;

import com.gridwork.testsupport.VolunteerFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Ledger rows and volunteers straight in the database, for the hours tests (no volunteer API needed). */
@ApplicationScoped
public class HoursFixtures {
    @Inject
    EntityManager em;

    @Inject
    VolunteerFixtures volunteers;

    /** A volunteer of the community; with {@code username}, linked to that (volunteer) account. */
    public long volunteer(long communityId, String name, String username) {
        long id = volunteers.volunteer(communityId, name);
        if (username != null) {
            volunteers.linkAccount(id, username);
        }
        return id;
    }

    /** The running total the ledger keeps. */
    @Transactional
    public long confirmedMinutes(long volunteerId) {
        return ((Number) em.createNativeQuery("select confirmed_minutes from volunteer where id = :v")
                        .setParameter("v", volunteerId)
                        .getSingleResult())
                .longValue();
    }

    /** The ledger's own sum of CONFIRMED minutes, to compare with the running total. */
    @Transactional
    public long ledgerSum(long volunteerId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(minutes), 0) from volunteer_hours_entry"
                                + " where volunteer_id = :v and status = 'CONFIRMED'")
                        .setParameter("v", volunteerId)
                        .getSingleResult())
                .longValue();
    }

    /** A month lock, as if a street-admin had locked it (for months the API would refuse, e.g. the current one). */
    @Transactional
    public void lock(long subDistrictId, LocalDate day) {
        em.createNativeQuery("insert into volunteer_hours_month_lock (sub_district_id, month, locked_by, locked_at)"
                        + " values (:s, :m, 'fixture', now(6))")
                .setParameter("s", subDistrictId)
                .setParameter("m", LedgerRules.month(day))
                .executeUpdate();
    }
}
