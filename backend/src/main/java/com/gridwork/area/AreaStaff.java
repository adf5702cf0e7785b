package com.gridwork.area;

import com.gridwork.area.AreaDtos.GridWorker;

import java.util.List;

/**
 * What the area feature asks about the people scoped to areas. The staff feature answers it: staff depends on area
 * (an account's scope is a set of areas), never the reverse.
 */
public interface AreaStaff {
    /** How many accounts (people and API clients, enabled or not) have this area in their scope. */
    long countScopedTo(long areaId);

    /** The enabled grid workers (people, not API clients) whose scope includes this grid, by name. */
    List<GridWorker> gridWorkers(long gridId);
}
