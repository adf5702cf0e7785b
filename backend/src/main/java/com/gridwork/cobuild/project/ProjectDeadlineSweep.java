package com.gridwork.cobuild.project;

import com.gridwork.common.time.BeijingTime;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Opens approved projects to every unit of their sub-district (领办大厅) once their claim deadline passed unclaimed.
 * A claim checks the same itself, so a project is never held back between two sweeps.
 */
@ApplicationScoped
public class ProjectDeadlineSweep {
    @Inject
    CoBuildProjectService projects;

    @Scheduled(
            every = "${gridwork.cobuild.projects.sweep-every:10m}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int opened = projects.openDue(BeijingTime.today());
        if (opened > 0) {
            Log.infof("Opened %d co-building project(s) to every unit after their claim deadline", opened);
        }
    }
}
