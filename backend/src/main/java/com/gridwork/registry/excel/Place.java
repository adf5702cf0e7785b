package com.gridwork.registry.excel;

/** A grid or building an import file names by its code. */
record Place(long id, String code, String name, String path) {}
