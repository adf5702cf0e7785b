package com.gridwork.cobuild.project;

import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A milestone of a claimed project: due on a day, reported done with evidence photos by the claiming unit. */
@Entity
@Table(name = "cobuild_milestone")
public class CoBuildMilestone extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(length = 2000)
    public String report;

    @Column(name = "reported_by_id")
    public Long reportedById;

    /** Overdue like an overdue issue: not done, and its due day is over (Beijing). */
    public static boolean overdue(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
