package com.gridwork.volunteer.certificate;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.volunteer.certificate.CertificateLines.LedgerRow;
import com.gridwork.volunteer.certificate.CertificateLines.ServiceLine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The xlsx of CONFIRMED hours per volunteer per activity of a period, for upload to the national volunteer system
 * (全国志愿服务信息系统): the certificate's lines ({@link CertificateLines}) of every volunteer with hours in the
 * caller's scope (the ledger entry's community, where the service was given). ID numbers are masked unless the caller
 * holds {@link #REVEAL} and gives a reason; every export is audited ({@code EXPORT}: period, area, rows, revealed).
 * Rows stream from one query (ordered by volunteer) into a temporary file.
 */
@ApplicationScoped
public class HoursExportService {
    private static final Logger LOG = Logger.getLogger(HoursExportService.class);
    /** The permission that shows a volunteer's ID number in plain text (as on the volunteer's page). */
    static final Permission REVEAL = Permission.VOLUNTEERS_REVEAL;

    static final int MAX_DAYS = 366;
    static final String SHEET = "志愿服务时长";
    static final String[] HEADERS = {"姓名", "身份证号码", "志愿者编号", "所属队伍", "活动名称", "开始日期", "结束日期", "服务时长（小时）"};
    private static final double[] WIDTHS = {12, 22, 22, 24, 40, 12, 12, 16};

    @Inject
    AreaScope scope;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditService audit;

    @Inject
    AgroalDataSource dataSource;

    /** The written workbook (a temporary file the caller deletes once sent), its volunteers and rows. */
    public record ExportFile(Path file, int volunteers, int rows) {}

    public ExportFile export(LocalDate from, LocalDate to, Long areaId, boolean reveal, String reason) {
        Caller caller = scope.caller();
        if (from == null || to == null) {
            throw ApiProblem.invalidField(from == null ? "from" : "to", "volunteer.certificate.period.required");
        }
        if (to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "volunteer.certificate.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.invalidField("to", "volunteer.hours-export.period.too-long", MAX_DAYS);
        }
        if (reveal && !caller.may(REVEAL)) {
            throw ApiProblem.forbidden("export.reveal.forbidden");
        }
        if (reveal && (reason == null || reason.isBlank())) {
            throw ApiProblem.invalidField("reason", "export.reason.required");
        }
        long started = System.nanoTime();
        ExportFile result = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            Area area = areaId == null ? null : scope.find(Area.class, areaId);
            Path file = Files.createTempFile("gridwork-hours-", ".xlsx");
            try {
                ExportFile written;
                try (Connection connection = dataSource.getConnection();
                        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    written = write(connection, out, file, from, to, area, reveal);
                }
                String areaPath = area != null
                        ? area.path
                        : caller.areas().size() == 1 ? caller.areas().get(0).path() : null;
                audit.record(
                        AuditEntry.Action.EXPORT,
                        "VOLUNTEER_HOURS",
                        null,
                        "志愿服务时长导出",
                        reveal ? reason.strip() : null,
                        "period=" + from + ".." + to + (area == null ? "" : "; areaId=" + area.id) + "; volunteers="
                                + written.volunteers() + "; rows=" + written.rows() + "; revealed=" + reveal,
                        areaPath);
                return written;
            } catch (RuntimeException | IOException | SQLException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        });
        LOG.infof(
                "Volunteer hours export by %s: %d rows, revealed=%s, %d ms",
                caller.username(), result.rows(), reveal, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** One volunteer's columns, and their ledger rows while they are read. */
    private record Person(long id, String name, String idCardEnc, String idCardMasked, String nationalNumber) {}

    private ExportFile write(
            Connection connection, OutputStream out, Path file, LocalDate from, LocalDate to, Area area, boolean reveal)
            throws SQLException, IOException {
        AreaScope.ScopeFilter scoped = scope.filter("e.area_path");
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(ConfirmedLedger.COLUMNS)
                .append(", v.id, v.name, v.id_card_enc, v.id_card_masked, v.national_number")
                .append(ConfirmedLedger.from(" JOIN volunteer v ON v.id = e.volunteer_id"))
                .append(" AND ")
                .append(scoped.jdbc());
        if (area != null) {
            sql.append(" AND e.area_path LIKE ?");
        }
        sql.append(" ORDER BY v.name, v.id, e.service_date, e.id");
        int volunteers = 0;
        int rows = 0;
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0");
                PreparedStatement statement = connection.prepareStatement(
                        sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            Worksheet sheet = workbook.newWorksheet(SHEET);
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.value(0, c, HEADERS[c]);
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, WIDTHS[c]);
            }
            // ID and national numbers stay text in Excel (as numbers they would lose their last digits)
            sheet.style(1).format("@").set();
            sheet.style(2).format("@").set();
            int p = 1;
            statement.setObject(p++, from);
            statement.setObject(p++, to);
            p = scoped.bind(statement, p);
            if (area != null) {
                statement.setString(p, area.path + "%");
            }
            // MySQL Connector/J streams the rows instead of holding the whole period in memory
            statement.setFetchSize(Integer.MIN_VALUE);
            Person person = null;
            List<LedgerRow> ledger = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long volunteerId = rs.getLong(8);
                    if (person == null || person.id() != volunteerId) {
                        rows = writePerson(sheet, rows, person, ledger, reveal);
                        volunteers += person == null ? 0 : 1;
                        person = new Person(
                                volunteerId, rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
                        ledger.clear();
                    }
                    ledger.add(ConfirmedLedger.row(rs));
                }
            }
            rows = writePerson(sheet, rows, person, ledger, reveal);
            volunteers += person == null ? 0 : 1;
        }
        return new ExportFile(file, volunteers, rows);
    }

    /** Writes a volunteer's lines below row {@code rows}; returns the new number of data rows. */
    private int writePerson(Worksheet sheet, int rows, Person person, List<LedgerRow> ledger, boolean reveal) {
        if (person == null) {
            return rows;
        }
        String idNumber = reveal ? cipher.decrypt(person.idCardEnc()) : person.idCardMasked();
        for (ServiceLine line : CertificateLines.of(ledger).lines()) {
            int r = ++rows;
            sheet.inlineString(r, 0, person.name());
            sheet.inlineString(r, 1, idNumber);
            if (person.nationalNumber() != null) {
                sheet.inlineString(r, 2, person.nationalNumber());
            }
            if (line.team() != null) {
                sheet.value(r, 3, line.team());
            }
            sheet.value(r, 4, line.title());
            sheet.value(r, 5, line.firstDate());
            sheet.style(r, 5).format("yyyy-mm-dd").set();
            sheet.value(r, 6, line.lastDate());
            sheet.style(r, 6).format("yyyy-mm-dd").set();
            sheet.value(r, 7, ServiceHours.of(line.minutes()));
            sheet.style(r, 7).format("0.00").set();
        }
        return rows;
    }
}
