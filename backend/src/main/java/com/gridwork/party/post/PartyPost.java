package com.gridwork.party.post;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.VersionedEntity;
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

/**
 * A post (岗位) of a community or of one of its grids that reported party members claim. {@link #claimCount} is the
 * number of ACTIVE claims; it changes only under a lock on this row, in the transaction that changes a claim, and
 * never moves the version (a member's claim does not make staff's edit stale).
 */
@Entity
@Table(name = "party_post")
@NotFoundMessage("party.post.not-found")
public class PartyPost extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", updatable = false)
    public Area area;

    @Column(name = "area_id", insertable = false, updatable = false)
    public Long areaId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", updatable = false)
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    /** The area's path (a community's or a grid's). */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "category_code", nullable = false, length = 32)
    public String categoryCode;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(length = 1000)
    public String requirements;

    @Column(nullable = false)
    public int capacity;

    /** Written only by SQL updates under the row's lock (see the class comment). */
    @Column(name = "claim_count", nullable = false, insertable = false, updatable = false)
    public int claimCount;

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    public LocalDate termTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyPostStatus status = PartyPostStatus.OPEN;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
