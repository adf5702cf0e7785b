package com.gridwork.area;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "area")
@NotFoundMessage("access.area.not-found")
public class Area extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AreaLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Area parent;

    /** Ids from the root down to this area, e.g. "/1/5/23/": scope checks are prefix matches on it. */
    @Column(nullable = false, length = 255)
    public String path;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(length = 500)
    public String description;

    @Column(length = 200)
    public String address;

    public Integer floors;

    @Column(name = "unit_count")
    public Integer unitCount;

    @PrePersist
    void startPath() {
        if (path == null) {
            // Completed with the generated id right after the insert (see AreaService#create).
            path = parent == null ? "/" : parent.path;
        }
    }

    /**
     * Inserts the area and completes its path with the id the database assigned. The path is written by a bulk
     * update and re-read, so that a new area starts at version 0 like every other record.
     */
    public void insert() {
        persist();
        var em = getEntityManager();
        em.flush();
        em.createQuery("update Area set path = :path where id = :id")
                .setParameter("path", path + id + "/")
                .setParameter("id", id)
                .executeUpdate();
        em.refresh(this);
    }

    /** An area lies where its own path says. */
    @Override
    public String areaPath() {
        return path;
    }

    public Long parentId() {
        return parent == null ? null : parent.id;
    }

    /** Ids of this area's ancestors, root first, not including itself. */
    public List<Long> ancestorIds() {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> !id.equals(this.id))
                .toList();
    }
}
