package com.gridwork.cobuild.list;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A need of a community (需求清单), from a source; one raised from a talk-day issue names it. */
@Entity
@Table(name = "cobuild_need")
@NotFoundMessage("cobuild.need.not-found")
public class CoBuildNeed extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_id", nullable = false, updatable = false)
    public Long communityId;

    /** The community's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "field_code", nullable = false, length = 32)
    public String fieldCode;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public CoBuildNeedSource source;

    @Column(name = "issue_id", updatable = false)
    public Long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CoBuildNeedStatus status = CoBuildNeedStatus.OPEN;

    @Column(name = "close_reason", length = 500)
    public String closeReason;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
