package com.gridwork.talkday;

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
import java.time.LocalTime;

/** A resident talk day (居民说事日) session held by a community. */
@Entity
@Table(name = "talk_day")
@NotFoundMessage("talk-day.not-found")
public class TalkDay extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id")
    public Area community;

    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    @Column(nullable = false, length = 200)
    public String place;

    @Column(length = 200)
    public String topic;

    /** The people who host the session (community secretary, grid workers, invited units), as written. */
    @Column(nullable = false, length = 500)
    public String hosts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TalkDayStatus status = TalkDayStatus.PLANNED;

    @Column(name = "attendance_count")
    public Integer attendanceCount;

    @Column(length = 2000)
    public String attendees;

    @Column(columnDefinition = "TEXT")
    public String minutes;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
