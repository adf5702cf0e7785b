package com.gridwork.volunteer.team;

import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.volunteer.Volunteer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A dated membership: never deleted; leaving sets {@link #leftOn}. A person may belong to several teams. */
@Entity
@Table(name = "volunteer_team_member")
public class TeamMembership extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public VolunteerTeam team;

    @Column(name = "team_id", insertable = false, updatable = false)
    public Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id")
    public Volunteer volunteer;

    @Column(name = "volunteer_id", insertable = false, updatable = false)
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TeamRole role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    /** Null while the volunteer is a member. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "left_reason", length = 500)
    public String leftReason;

    public boolean current() {
        return leftOn == null;
    }
}
