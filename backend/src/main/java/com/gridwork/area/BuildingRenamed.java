package com.gridwork.area;

/** Fired in the renaming transaction when a building gets another name, for what is keyed by it (household search). */
public record BuildingRenamed(long buildingId, String name) {}
