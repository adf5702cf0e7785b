package com.gridwork.registry.excel;

import com.gridwork.access.AreaScope;
import com.gridwork.access.AreaScope.ScopeFilter;
import com.gridwork.access.Caller;
import com.gridwork.common.persistence.SqlLists;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validating an import reads from the database: the grids of the caller's scope by code (once), their buildings
 * (once per grid named), and which of the file's ID numbers the registry has outside that scope.
 */
final class ImportLookups implements RowValidator.Places {
    private final Connection connection;
    private final Caller caller;
    private final Map<String, List<Place>> gridsByCode = new HashMap<>();
    private final Map<Long, Map<String, Place>> buildingsByGrid = new HashMap<>();

    private ImportLookups(Connection connection, Caller caller) {
        this.connection = connection;
        this.caller = caller;
    }

    static ImportLookups load(Connection connection, Caller caller) throws SQLException {
        ImportLookups lookups = new ImportLookups(connection, caller);
        lookups.loadGrids();
        return lookups;
    }

    private void loadGrids() throws SQLException {
        ScopeFilter scope = AreaScope.filter(caller, "path");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, code, name, path FROM area WHERE level = 'GRID' AND " + scope.jdbc())) {
            scope.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Place grid = new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    gridsByCode
                            .computeIfAbsent(grid.code(), c -> new ArrayList<>())
                            .add(grid);
                }
            }
        }
    }

    @Override
    public List<Place> grids(String code) {
        return gridsByCode.getOrDefault(code, List.of());
    }

    @Override
    public Map<String, Place> buildings(Place grid) throws SQLException {
        Map<String, Place> cached = buildingsByGrid.get(grid.id());
        if (cached != null) {
            return cached;
        }
        Map<String, Place> byCode = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, code, name, path FROM area WHERE parent_id = ? AND level = 'BUILDING'")) {
            statement.setLong(1, grid.id());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byCode.put(
                            rs.getString(2),
                            new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        buildingsByGrid.put(grid.id(), byCode);
        return byCode;
    }

    /** ID numbers the registry already has outside the caller's scope are refused (without saying where). */
    List<RowError> registeredElsewhere(List<ImportRow> rows) throws SQLException {
        Map<String, ImportRow> byHash = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (row.resident().idHash() != null) {
                byHash.putIfAbsent(row.resident().idHash(), row);
            }
        }
        List<RowError> errors = new ArrayList<>();
        if (byHash.isEmpty() || caller.wholePlatform()) {
            return errors;
        }
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id_card_hash, area_path FROM resident WHERE id_card_hash IN ("
                        + SqlLists.placeholders(byHash.size()) + ")")) {
            SqlLists.bind(statement, 1, byHash.keySet());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!caller.covers(rs.getString(2))) {
                        ImportRow row = byHash.get(rs.getString(1));
                        errors.add(
                                RowError.of(row.row(), RegistryColumn.ID_CARD, "import.id-card.registered-elsewhere"));
                    }
                }
            }
        }
        return errors;
    }
}
